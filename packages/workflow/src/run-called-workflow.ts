import { join } from 'node:path';
import { evaluateMapping, type Scope } from './evaluate.ts';
import { granted, type Permissions } from './permissions.ts';
import type { JobRecord, WorkflowRecord } from './records.ts';
import { resolveUses } from './resolve-uses.ts';
import type { RunWorkflowOptions } from './run-workflow.ts';
import type { JobModel } from './workflow-model.ts';
import type { WorkflowRunContext } from './workflow-run-context.ts';

/**
 * A job that `uses:` one of our reusable workflows: the called file runs with the job's `with:`
 * (plus the driver's added inputs) and `secrets:`, never with more permissions than the job has;
 * its jobs are listed as `caller / job`, its outputs become the job's.
 */
export async function runCalledWorkflow(
  context: WorkflowRunContext,
  options: RunWorkflowOptions,
  job: JobModel,
  record: JobRecord,
  scope: Scope,
  permissions: Permissions,
  runWorkflow: (options: RunWorkflowOptions) => Promise<WorkflowRecord>,
): Promise<{ job: JobRecord; jobs: JobRecord[] }> {
  const started = Date.now();
  const target = resolveUses(job.call?.uses ?? '');
  record.permissions = granted(permissions);
  if (target.kind !== 'own-workflow' || options.workflowsRoot === undefined) {
    record.result = 'failure';
    record.reason = `'${job.call?.uses}' is not one of this repository's reusable workflows`;
    return { job: record, jobs: [] };
  }
  context.emit({ type: 'job-started', job: record });
  const secrets =
    job.call?.secrets === 'inherit' ? (options.secrets ?? {}) : evaluateMapping(job.call?.secrets, scope);
  try {
    const called = await runWorkflow({
      ...options,
      workflow: join(options.workflowsRoot, target.file),
      inputs: { ...evaluateMapping(job.call?.with, scope), ...(options.addedCallInputs ?? {}) },
      secrets,
      permissionCeiling: permissions,
      jobPrefix: `${record.id} / `,
      workRoot: context.workRoot,
      // The called workflow's jobs show up live under the calling job; its end is the job's end.
      onEvent: (event) => {
        if (event.type !== 'workflow-finished') context.emit(event);
      },
    });
    record.outputs = called.outputs;
    record.result = called.conclusion;
    return { job: record, jobs: called.jobs };
  } catch (error) {
    record.result = 'failure';
    record.reason = (error as Error).message;
    return { job: record, jobs: [] };
  } finally {
    record.durationMs = Date.now() - started;
  }
}
