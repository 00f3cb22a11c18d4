import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { declaredInputs } from './action-inputs.ts';
import { loadWorkflow } from './load-workflow.ts';
import { isFullSha, ownActionDir, resolveUses, type UsesTarget } from './resolve-uses.ts';
import { entries } from './tokens.ts';
import type { JobModel } from './workflow-model.ts';

export interface UsesProblem {
  file: string;
  /** Line of the step or job in the workflow file. */
  line: number | undefined;
  uses: string;
  message: string;
}

export interface CheckedWorkflow {
  file: string;
  /** Every `uses:` in the file, steps and reusable-workflow jobs. */
  uses: string[];
  problems: UsesProblem[];
}

/**
 * Checks each `uses:` of a workflow against this repository: our actions
 * (`<owner>/mlops-actions/actions/<name>@<ref>`) must exist and get only the inputs their
 * action.yml declares, and every required one; calls of our reusable workflows likewise against
 * `on.workflow_call`; third-party actions must be pinned by a full commit SHA.
 */
export async function checkWorkflowUses(file: string, repositoryRoot: string): Promise<CheckedWorkflow> {
  const model = await loadWorkflow(file);
  const result: CheckedWorkflow = { file, uses: [], problems: [] };
  const problem = (uses: string, line: number | undefined, message: string) =>
    result.problems.push({ file, line, uses, message });
  for (const job of model.jobs) {
    if (job.call !== undefined) {
      result.uses.push(job.call.uses);
      await checkWorkflowCall(repositoryRoot, job.call, (message) =>
        problem(job.call?.uses ?? '', job.line, message),
      );
    }
    for (const step of job.steps) {
      if (step.uses === undefined) continue;
      result.uses.push(step.uses);
      const report = (message: string) => problem(step.uses ?? '', step.line, message);
      const target = resolveUses(step.uses);
      if (target.kind === 'own-action')
        checkActionInputs(
          repositoryRoot,
          target.name,
          entries(step.with).map(([key]) => key),
          report,
        );
      const unpinned = unpinnedThirdParty(target);
      if (unpinned) report(unpinned);
    }
  }
  return result;
}

/** The problem with a third-party `uses:` that is not pinned by a full commit SHA, if it is one. */
export function unpinnedThirdParty(target: UsesTarget, what = 'action'): string | undefined {
  if (target.kind !== 'third-party' || isFullSha(target.ref)) return undefined;
  return target.ref === ''
    ? `third-party ${what} without a ref, not pinned by a full commit SHA`
    : `third-party ${what} pinned by '${target.ref}', not by a full commit SHA`;
}

/**
 * The inputs given to one of our actions against its action.yml: unknown names, and (unless
 * `requireAll` is false, for an example that leaves some out) missing required ones.
 */
export function checkActionInputs(
  root: string,
  name: string,
  givenNames: string[],
  report: (message: string) => void,
  requireAll = true,
): void {
  const dir = ownActionDir(join(root, 'actions'), name);
  if (dir === undefined) {
    report(`there is no actions/${name}/action.yml in this repository`);
    return;
  }
  let declared: ReturnType<typeof declaredInputs>;
  try {
    declared = declaredInputs(dir);
  } catch (error) {
    report(`actions/${name}/action.yml cannot be read: ${(error as Error).message.split('\n')[0]}`);
    return;
  }
  const requiredNames = requireAll
    ? Object.keys(declared).filter((input) => declared[input]?.required && !declared[input]?.hasDefault)
    : [];
  checkNames(Object.keys(declared), requiredNames, givenNames, `actions/${name}/action.yml`, report);
}

async function checkWorkflowCall(
  root: string,
  call: NonNullable<JobModel['call']>,
  report: (message: string) => void,
): Promise<void> {
  const target = resolveUses(call.uses);
  if (target.kind !== 'own-workflow') {
    const unpinned = unpinnedThirdParty(target, 'workflow');
    if (unpinned) report(unpinned);
    return;
  }
  const path = join(root, '.github', 'workflows', target.file);
  if (!existsSync(path)) {
    report(`there is no .github/workflows/${target.file} in this repository`);
    return;
  }
  const called = await loadWorkflow(path);
  if (called.call === undefined) {
    report(`.github/workflows/${target.file} has no 'on: workflow_call'`);
    return;
  }
  const inputs = called.call.inputs;
  const requiredInputs = Object.keys(inputs).filter((name) => inputs[name]?.required);
  checkNames(
    Object.keys(inputs),
    requiredInputs,
    entries(call.with).map(([key]) => key),
    `.github/workflows/${target.file}`,
    report,
  );
  if (call.secrets !== 'inherit') {
    const secrets = called.call.secrets;
    const requiredSecrets = Object.keys(secrets).filter((name) => secrets[name]?.required);
    checkNames(
      Object.keys(secrets),
      requiredSecrets,
      entries(call.secrets).map(([key]) => key),
      `.github/workflows/${target.file} (secrets)`,
      report,
    );
  }
}

export function checkNames(
  declared: string[],
  requiredNames: string[],
  given: string[],
  where: string,
  report: (message: string) => void,
): void {
  const known = new Set(declared.map((name) => name.toLowerCase()));
  const passed = new Set(given.map((name) => name.toLowerCase()));
  for (const name of given) {
    if (!known.has(name.toLowerCase()))
      report(`'${name}' is not an input of ${where} (declared: ${declared.join(', ') || 'none'})`);
  }
  for (const name of requiredNames) {
    if (!passed.has(name.toLowerCase())) report(`required input '${name}' of ${where} is not given`);
  }
}
