import { evaluateText, type Scope } from './evaluate.ts';
import type { WorkflowCall } from './workflow-model.ts';

export type InputValue = string | number | boolean;

/**
 * The `inputs` context of a called workflow, checked as GitHub checks a `uses:` call: no unknown
 * input, every required one given, values of the declared type, defaults filled in.
 */
export function resolveCallInputs(
  call: WorkflowCall | undefined,
  given: Record<string, InputValue>,
  scope: Scope,
): Record<string, InputValue> {
  const definitions = call?.inputs ?? {};
  const problems: string[] = [];
  for (const name of Object.keys(given)) {
    if (!(name in definitions))
      problems.push(`Invalid input, ${name} is not defined in the referenced workflow.`);
  }
  const inputs: Record<string, InputValue> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    const value = given[name];
    if (value === undefined) {
      if (definition.required) {
        problems.push(`Input ${name} is required, but not provided while calling.`);
        continue;
      }
      inputs[name] = typed(
        definition.type,
        definition.default === undefined ? '' : evaluateText(definition.default, scope),
      );
      continue;
    }
    const converted = typed(definition.type, value);
    if (definition.type === 'boolean' && typeof converted !== 'boolean') {
      problems.push(`Input ${name} is declared boolean, but '${value}' is not true or false.`);
    } else if (definition.type === 'number' && Number.isNaN(converted)) {
      problems.push(`Input ${name} is declared number, but '${value}' is not a number.`);
    } else {
      inputs[name] = converted;
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return inputs;
}

function typed(type: string, value: InputValue): InputValue {
  if (type === 'boolean') {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false' || value === '') return false;
    return String(value);
  }
  if (type === 'number') return value === '' ? 0 : Number(value);
  return String(value);
}
