import { rmSync } from 'node:fs';
import { evaluateMapping, evaluateText, evaluateValue, type Scope } from './evaluate.ts';
import { githubContext, runnerContext } from './github-run.ts';
import { createJobPlace } from './job-place.ts';
import { JobState } from './job-state.ts';
import { granted, type Permissions } from './permissions.ts';
import type { JobRecord } from './records.ts';
import { runStep } from './run-step.ts';
import { entries } from './tokens.ts';
import type { JobModel } from './workflow-model.ts';
import type { WorkflowRunContext } from './workflow-run-context.ts';

const DEFAULT_JOB_TIMEOUT_MINUTES = 360;

/** One job on its own fresh "runner": folders, contexts, env, steps in order, then its outputs. */
export async function runJob(
  context: WorkflowRunContext,
  job: JobModel,
  record: JobRecord,
  needs: Record<string, unknown>,
  permissions: Permissions,
): Promise<JobRecord> {
  const started = Date.now();
  const place = createJobPlace(context.workRoot, record.id, job.id, context.run);
  try {
    const contexts: Record<string, unknown> = {
      github: githubContext(context.run, place),
      inputs: context.inputs,
      vars: context.options.vars ?? {},
      secrets: context.secrets,
      needs,
      runner: runnerContext(place),
      job: { status: 'success' },
      strategy: {},
      matrix: {},
    };
    const jobScope: Scope = { contexts: { ...contexts, env: context.env } };
    const env = { ...context.env, ...evaluateMapping(job.env, jobScope) };
    const timeout = Number(evaluateText(job.timeoutMinutes, jobScope) || DEFAULT_JOB_TIMEOUT_MINUTES);
    const state = new JobState({
      record,
      run: context.run,
      place,
      options: context.options,
      contexts,
      env,
      secrets: [context.run.token, ...Object.values(context.secrets)].filter((secret) => secret !== ''),
      deadline: started + timeout * 60_000,
      permissions,
      defaultShell: evaluateText(job.defaultShell, jobScope),
      defaultWorkingDirectory: evaluateText(job.defaultWorkingDirectory, jobScope),
    });
    record.permissions = granted(permissions);
    if (job.concurrency !== undefined)
      record.concurrency = concurrencyGroup(evaluateValue(job.concurrency, jobScope));
    context.emit({ type: 'job-started', job: record });
    if (job.strategy !== undefined) {
      record.reason = 'strategy / matrix is not supported by this local interpreter';
      record.result = 'failure';
      return record;
    }
    for (const step of job.steps) {
      const stepRecord = await runStep(state, step);
      record.steps.push(stepRecord);
      context.emit({ type: 'step-finished', job: record, step: stepRecord });
    }
    record.outputs = jobOutputs(job, state.scope());
    record.result = state.failed ? 'failure' : 'success';
    return record;
  } catch (error) {
    record.result = 'failure';
    record.reason = (error as Error).message;
    return record;
  } finally {
    record.durationMs = Date.now() - started;
    if (!context.options.keepWorkspaces) rmSync(place.root, { recursive: true, force: true });
  }
}

/** Job outputs, each evaluated after the last step; one that cannot be evaluated is empty, as on GitHub. */
function jobOutputs(job: JobModel, scope: Scope): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const [name, token] of entries(job.outputs)) {
    try {
      outputs[name] = evaluateText(token, scope);
    } catch {
      outputs[name] = '';
    }
  }
  return outputs;
}

export function concurrencyGroup(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'group' in value) return String(value.group);
  return '';
}
