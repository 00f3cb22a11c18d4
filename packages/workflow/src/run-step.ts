import { resolve } from 'node:path';
import { isBasicExpression } from '@actions/workflow-parser/templates/tokens/type-guards';
import { evaluateCondition, evaluateMapping, evaluateText, evaluateValue } from './evaluate.ts';
import type { JobState } from './job-state.ts';
import { missingPermissions } from './permissions.ts';
import type { Conclusion, StepRecord } from './records.ts';
import { ownActionDir, resolveUses } from './resolve-uses.ts';
import { runActionStep } from './run-action-step.ts';
import { runScript } from './run-script.ts';
import { StepLog } from './step-log.ts';
import { failedRun, type StepCall, type StepRun } from './step-run.ts';
import { SUBSTITUTES } from './substitutes/index.ts';
import type { StepModel } from './workflow-model.ts';

/** One step, as the runner's StepsRunner does it: condition, env, inputs, run, then the job's bookkeeping. */
export async function runStep(job: JobState, step: StepModel): Promise<StepRecord> {
  const started = Date.now();
  const record: StepRecord = {
    id: step.id,
    name: stepName(job, step),
    kind: step.run !== undefined ? 'run' : 'action',
    outcome: 'skipped',
    conclusion: 'skipped',
    outputs: {},
    log: '',
    summary: '',
    annotations: [],
    durationMs: 0,
  };
  if (step.uses !== undefined) record.uses = step.uses;
  let run: StepRun;
  let continueOnError = false;
  try {
    if (!evaluateCondition(step.if, job.scope())) {
      finish(job, record, 'skipped', 'skipped', started);
      return record;
    }
    const stepEnv = evaluateMapping(step.env, job.scope());
    const scope = job.scope(stepEnv);
    const continueValue = evaluateValue(step.continueOnError, scope);
    continueOnError = continueValue === true || continueValue === 'true';
    const call: StepCall = {
      inputs: evaluateMapping(step.with, scope),
      env: job.envContext(stepEnv),
      timeoutMs: timeoutMs(job, evaluateText(step.timeoutMinutes, scope)),
    };
    run = await dispatch(job, step, call, record, scope);
  } catch (error) {
    run = failedRun('', (error as Error).message);
  }
  record.outputs = run.outputs;
  record.log = run.log;
  record.summary = run.summary;
  record.annotations = run.annotations;
  Object.assign(job.exportedEnv, run.env);
  job.path.unshift(...run.path);
  const outcome: Conclusion = run.ok ? 'success' : 'failure';
  finish(job, record, outcome, outcome === 'failure' && continueOnError ? 'success' : outcome, started);
  return record;
}

async function dispatch(
  job: JobState,
  step: StepModel,
  call: StepCall,
  record: StepRecord,
  scope: ReturnType<JobState['scope']>,
): Promise<StepRun> {
  if (step.run !== undefined) {
    const script = evaluateText(step.run, scope);
    const shell = evaluateText(step.shell, scope) || job.defaultShell;
    const workingDirectory = evaluateText(step.workingDirectory, scope) || job.defaultWorkingDirectory || '.';
    return runScript(job, call, script, shell, workingDirectory);
  }
  const uses = step.uses ?? '';
  const target = resolveUses(uses);
  switch (target.kind) {
    case 'own-action': {
      const dir = ownActionDir(job.options.actionsRoot, target.name);
      if (dir === undefined)
        return failedRun(
          '',
          `Can't find 'action.yml' for action '${uses}' (no actions/${target.name} in this repository)`,
        );
      return runActionStep(job, call, dir);
    }
    case 'local': {
      const dir = resolve(job.place.workspace, target.path);
      return runActionStep(job, call, dir);
    }
    case 'third-party': {
      const substitute = SUBSTITUTES.get(target.action);
      if (substitute === undefined) {
        return failedRun(
          '',
          `'${uses}' cannot run here and has no local substitute (known: ${[...SUBSTITUTES.keys()].join(', ')})`,
        );
      }
      record.kind = 'substitute';
      record.substitution = { instead: substitute.instead, short: substitute.short };
      const log = new StepLog(job.secrets);
      log.note(`(local interpreter) ${target.action} → ${substitute.instead}`);
      const missing = missingPermissions(job.permissions, substitute.permissions);
      if (missing.length > 0) {
        return failedRun(
          log.text,
          `${target.action} needs \`permissions: ${missing.join(', ')}\`, which this job does not grant`,
        );
      }
      try {
        const result = await substitute.run(job, call.inputs, log);
        return {
          ok: true,
          outputs: result.outputs,
          log: log.text,
          summary: '',
          annotations: log.annotations,
          env: result.env ?? {},
          path: result.path ?? [],
        };
      } catch (error) {
        return failedRun(log.text, (error as Error).message);
      }
    }
    default:
      return failedRun('', `'${uses}' (${target.kind}) is not supported by this local interpreter`);
  }
}

function stepName(job: JobState, step: StepModel): string {
  if (step.name !== undefined) {
    try {
      return evaluateText(step.name, job.scope());
    } catch {
      // fall through to the default name, as the runner does when the name cannot be evaluated
    }
  }
  if (step.uses !== undefined) return `Run ${step.uses}`;
  const run = step.run;
  const text =
    run === undefined ? '' : isBasicExpression(run) ? (run.source ?? run.toString()) : run.toString();
  const firstLine = text.split('\n')[0] ?? '';
  return `Run ${firstLine}`;
}

function timeoutMs(job: JobState, minutes: string): number {
  const left = Math.max(0, job.deadline - Date.now());
  const asked = minutes === '' ? Number.POSITIVE_INFINITY : Number(minutes) * 60_000;
  return Math.min(left, Number.isFinite(asked) ? asked : left);
}

function finish(
  job: JobState,
  record: StepRecord,
  outcome: Conclusion,
  conclusion: Conclusion,
  started: number,
): void {
  record.outcome = outcome;
  record.conclusion = conclusion;
  record.durationMs = Date.now() - started;
  job.steps[record.id] = { outputs: record.outputs, outcome, conclusion };
  if (conclusion === 'failure') job.failed = true;
}
