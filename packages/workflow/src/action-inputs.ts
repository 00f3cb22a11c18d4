import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface DeclaredInput {
  required: boolean;
  hasDefault: boolean;
}

/** The inputs an action.yml declares (only the metadata: whether the bundle exists is check-dist's job). */
export function declaredInputs(actionDir: string): Record<string, DeclaredInput> {
  const manifest = ['action.yml', 'action.yaml'].map((name) => join(actionDir, name));
  let text: string | undefined;
  for (const path of manifest) {
    try {
      text = readFileSync(path, 'utf8');
      break;
    } catch {
      // try the next name, as the runner does
    }
  }
  if (text === undefined) throw new Error(`no action.yml in ${actionDir}`);
  const root = parse(text) as {
    inputs?: Record<string, { required?: boolean | string; default?: unknown } | null>;
  };
  const inputs: Record<string, DeclaredInput> = {};
  for (const [name, input] of Object.entries(root.inputs ?? {})) {
    inputs[name] = {
      required: input?.required === true || input?.required === 'true',
      hasDefault: input?.default !== undefined,
    };
  }
  return inputs;
}
