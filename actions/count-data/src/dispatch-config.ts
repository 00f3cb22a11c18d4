import { InputError, type Inputs, quote, type RunContext } from '@mlops-actions/kit';

export interface DispatchConfig {
  /** The file name under .github/workflows, e.g. retrain.yml. */
  workflow: string;
  ref: string;
  /** Given inputs; manifest and count are added at dispatch time. */
  inputs: Record<string, string>;
  token: string;
}

/** GitHub accepts at most 25 workflow_dispatch inputs; two are ours. */
const MAX_GIVEN_INPUTS = 23;
const ADDED = ['manifest', 'count'];

/** The dispatch-* inputs, or undefined when dispatch-workflow is empty (then the others must be too). */
export function readDispatchConfig(
  inputs: Inputs,
  context: Pick<RunContext, 'ref'>,
): DispatchConfig | undefined {
  const workflow = inputs.optionalString('dispatch-workflow');
  const given = readDispatchInputs(inputs);
  if (workflow === undefined) {
    for (const name of ['dispatch-ref', 'dispatch-inputs'] as const) {
      const value = inputs.optionalString(name);
      if (value !== undefined) {
        throw new InputError(
          name,
          value,
          `Input ${quote(name)} is set (${quote(value)}) but dispatch-workflow is empty: set dispatch-workflow to the workflow file to start (e.g. retrain.yml), or leave ${quote(name)} out.`,
        );
      }
    }
    return undefined;
  }
  if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(workflow)) {
    throw new InputError(
      'dispatch-workflow',
      workflow,
      `Input "dispatch-workflow" must be a workflow file name of this repository such as retrain.yml (no folder: it is looked up in .github/workflows); got ${quote(workflow)}.`,
    );
  }
  const ref = inputs.optionalString('dispatch-ref') ?? context.ref;
  if (ref === '') {
    throw new InputError(
      'dispatch-ref',
      '',
      'Input "dispatch-ref" is empty and the run has no GITHUB_REF to default to: give the branch or tag to run the workflow on, e.g. main.',
    );
  }
  const token = inputs.optionalString('token');
  if (token === undefined) {
    throw new InputError(
      'token',
      '',
      'Input "token" is empty, and dispatch-workflow needs a token with actions: write (the default, github.token, has it when the job grants permissions: actions: write).',
    );
  }
  return { workflow, ref, inputs: given, token };
}

function readDispatchInputs(inputs: Inputs): Record<string, string> {
  const raw = inputs.object('dispatch-inputs') ?? {};
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (ADDED.includes(name)) {
      throw new InputError(
        'dispatch-inputs',
        name,
        `Input "dispatch-inputs" must not set ${quote(name)}: the action adds manifest and count itself.`,
      );
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new InputError(
        'dispatch-inputs',
        name,
        `Input "dispatch-inputs" must map input names to strings, numbers or booleans; ${quote(name)} is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : 'a mapping'}.`,
      );
    }
    result[name] = String(value);
  }
  if (Object.keys(result).length > MAX_GIVEN_INPUTS) {
    throw new InputError(
      'dispatch-inputs',
      '',
      `Input "dispatch-inputs" may hold at most ${MAX_GIVEN_INPUTS} inputs (GitHub accepts 25, and the action adds manifest and count); got ${Object.keys(result).length}.`,
    );
  }
  return result;
}
