import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCondition, evaluateMapping, evaluateText, evaluateValue, type Scope } from './evaluate.ts';
import { type GitHubRun, githubContext } from './github-run.ts';
import { loadWorkflow } from './load-workflow.ts';
import { inNeedsOrder, jobStatus, needsContext, skipReason } from './needs-graph.ts';
import type { InterpreterOptions } from './options.ts';
import { effectivePermissions, exceedingPermissions, type Permissions } from './permissions.ts';
import type { Conclusion, JobRecord, WorkflowRecord } from './records.ts';
import { runCalledWorkflow } from './run-called-workflow.ts';
import { concurrencyGroup, runJob } from './run-job.ts';
import { type InputValue, resolveCallInputs } from './workflow-inputs.ts';
import type { JobModel, WorkflowModel } from './workflow-model.ts';
import type { WorkflowRunContext } from './workflow-run-context.ts';

export interface RunWorkflowOptions extends InterpreterOptions {
  /** The workflow file. */
  workflow: string;
  /** The run: event, commit, ids, token. */
  run: GitHubRun;
  /** Inputs, for a workflow run through `workflow_call` (or dispatch). */
  inputs?: Record<string, InputValue>;
  secrets?: Record<string, string>;
  /**
   * Inputs added to every call of one of our reusable workflows (`uses: <owner>/mlops-actions/
   * .github/workflows/…`), e.g. the stand-ins' endpoints.
   */
  addedCallInputs?: Record<string, string>;
  /** Internal: permissions of the calling job, for a called workflow. */
  permissionCeiling?: Permissions;
  /** Internal: `caller / ` for the jobs of a called workflow. */
  jobPrefix?: string;
}

/**
 * Runs a workflow file the way GitHub would for one event: jobs in `needs` order (one at a
 * time, in file order when several are ready), each on a fresh workspace, `if:` and every
 * `${{ }}` evaluated by GitHub's expression engine, skips and failures propagated.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRecord> {
  const started = Date.now();
  const model = await loadWorkflow(options.workflow);
  const ownRoot = options.workRoot === undefined;
  const workRoot = options.workRoot ?? mkdtempSync(join(tmpdir(), 'mlops-workflow-'));
  const emit = options.onEvent ?? (() => {});
  const record: WorkflowRecord = {
    name: model.name,
    file: options.workflow,
    conclusion: 'success',
    jobs: [],
    outputs: {},
    durationMs: 0,
  };
  try {
    const secrets = { GITHUB_TOKEN: options.run.token, ...(options.secrets ?? {}) };
    const base = { github: githubContext(options.run), vars: options.vars ?? {}, secrets };
    const inputs = resolveCallInputs(model.call, options.inputs ?? {}, { contexts: base });
    const scope: Scope = { contexts: { ...base, inputs } };
    requireSecrets(model, secrets);
    if (options.permissionCeiling) requireWithin(model, scope, options.permissionCeiling);
    const env = evaluateMapping(model.env, scope);
    if (model.concurrency !== undefined)
      record.concurrency = concurrency(evaluateValue(model.concurrency, scope));
    emit({
      type: 'workflow-started',
      name: model.name,
      file: options.workflow,
      ...(record.concurrency ? { concurrency: record.concurrency } : {}),
    });
    const context: WorkflowRunContext = { run: options.run, options, inputs, secrets, env, workRoot, emit };
    const results = new Map<string, JobRecord>();
    for (const job of inNeedsOrder(model.jobs)) {
      const jobRecord: JobRecord = {
        id: `${options.jobPrefix ?? ''}${job.id}`,
        name: job.id,
        result: 'skipped',
        outputs: {},
        steps: [],
        permissions: {},
        durationMs: 0,
      };
      record.jobs.push(jobRecord);
      record.jobs.push(...(await runOneJob(context, options, model, job, jobRecord, results, scope)));
      results.set(job.id, jobRecord);
      emit({ type: 'job-finished', job: jobRecord });
    }
    record.outputs = callOutputs(model, results, scope);
    record.conclusion = conclusionOf([...results.values()]);
  } finally {
    record.durationMs = Date.now() - started;
    if (ownRoot && !options.keepWorkspaces) rmSync(workRoot, { recursive: true, force: true });
  }
  emit({ type: 'workflow-finished', workflow: record });
  return record;
}

/** Decides whether the job runs, then runs it; returns the jobs of a called workflow, if it was one. */
async function runOneJob(
  context: WorkflowRunContext,
  options: RunWorkflowOptions,
  model: WorkflowModel,
  job: JobModel,
  record: JobRecord,
  results: Map<string, JobRecord>,
  workflowScope: Scope,
): Promise<JobRecord[]> {
  const needs = needsContext(job, results);
  const scope: Scope = {
    contexts: { ...workflowScope.contexts, needs },
    status: jobStatus(model.jobs, job, results),
  };
  try {
    if (job.name !== undefined) record.name = evaluateText(job.name, scope);
    if (!evaluateCondition(job.if, scope)) {
      record.reason = skipReason(model.jobs, job, results);
      return [];
    }
  } catch (error) {
    record.result = 'failure';
    record.reason = (error as Error).message;
    return [];
  }
  const permissions = effectivePermissions(
    evaluateValue(job.permissions, scope),
    evaluateValue(model.permissions, scope),
    options.permissionCeiling,
  );
  if (job.call !== undefined) {
    const called = await runCalledWorkflow(context, options, job, record, scope, permissions, runWorkflow);
    return called.jobs;
  }
  await runJob(context, job, record, needs, permissions);
  return [];
}

function requireSecrets(model: WorkflowModel, secrets: Record<string, string>): void {
  const missing = Object.entries(model.call?.secrets ?? {})
    .filter(([name, definition]) => definition.required && !(name in secrets))
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new Error(`Secret ${missing.join(', ')} is required, but not provided while calling.`);
  }
}

/** A called workflow starts only when none of its jobs asks for more than the calling job has. */
function requireWithin(model: WorkflowModel, scope: Scope, ceiling: Permissions): void {
  const problems = model.jobs.flatMap((job) =>
    exceedingPermissions(
      job.id,
      effectivePermissions(
        evaluateValue(job.permissions, scope),
        evaluateValue(model.permissions, scope),
        ceiling,
      ),
      ceiling,
    ),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

function concurrency(value: unknown): WorkflowRecord['concurrency'] {
  const cancel =
    typeof value === 'object' && value !== null && 'cancel-in-progress' in value
      ? value['cancel-in-progress']
      : false;
  return { group: concurrencyGroup(value), cancelInProgress: cancel === true || cancel === 'true' };
}

/** `on.workflow_call.outputs`, from the `jobs` context; one that cannot be evaluated is empty. */
function callOutputs(
  model: WorkflowModel,
  results: Map<string, JobRecord>,
  scope: Scope,
): Record<string, string> {
  const jobs = Object.fromEntries(
    [...results].map(([id, job]) => [id, { result: job.result, outputs: job.outputs }]),
  );
  const outputs: Record<string, string> = {};
  for (const [name, output] of Object.entries(model.call?.outputs ?? {})) {
    try {
      outputs[name] = evaluateText(output.value, { contexts: { ...scope.contexts, jobs } });
    } catch {
      outputs[name] = '';
    }
  }
  return outputs;
}

function conclusionOf(jobs: JobRecord[]): Conclusion {
  if (jobs.some((job) => job.result === 'failure')) return 'failure';
  if (jobs.some((job) => job.result === 'cancelled')) return 'cancelled';
  return 'success';
}
