import type { ActionMetadata } from './action-metadata.ts';
import { type ExpressionScope, expandTemplate, parseTemplate } from './expression.ts';
import { defaultsScope } from './expression-scope.ts';

export interface ResolvedInputs {
  /** INPUT_<NAME> for every input given or declared. */
  env: Record<string, string>;
  /** The runner's warnings about them, repeated for each stage that runs (as the runner does). */
  warnings: string[];
}

/**
 * actions/runner ActionRunner: given inputs (even unexpected ones) plus the declared inputs' defaults;
 * names match case-insensitively; an input given as '' keeps '' rather than its default.
 */
export function resolveInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  contexts: ExpressionScope['contexts'],
): ResolvedInputs {
  const warnings: string[] = [];
  const values = new Map<string, [name: string, value: string]>();
  for (const [name, value] of Object.entries(given)) {
    values.set(name.toLowerCase(), [name, value]);
    const message = Object.hasOwn(metadata.inputs, name)
      ? metadata.inputs[name]?.deprecationMessage
      : undefined;
    if (message !== undefined) warnings.push(`Input '${name}' has been deprecated with message: ${message}`);
  }
  const declared = Object.keys(metadata.inputs);
  const scope = defaultsScope(contexts);
  for (const name of declared) {
    if (values.has(name.toLowerCase())) continue;
    const fallback = metadata.inputs[name]?.default;
    values.set(name.toLowerCase(), [
      name,
      fallback === undefined ? '' : expandTemplate(parseTemplate(fallback), scope),
    ]);
  }
  const known = new Set(declared.map((name) => name.toLowerCase()));
  const unexpected = Object.keys(given).filter((name) => !known.has(name.toLowerCase()));
  if (unexpected.length > 0) {
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
    );
  }
  const env: Record<string, string> = {};
  for (const [name, value] of values.values()) env[inputVariable(name)] = value;
  return { env, warnings };
}

/** `INPUT_` + the name upper-cased with spaces as underscores; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}
