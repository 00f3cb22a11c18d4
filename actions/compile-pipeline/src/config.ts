import { existsSync, statSync } from 'node:fs';
import { InputError, type Inputs, quote, resolveInside } from '@mlops-actions/kit';
import type { ImagePin } from '@mlops-actions/pipeline-spec';
import { type Baseline, readBaseline } from './baseline-input.ts';
import { readCommand } from './command-input.ts';
import { readImagePins } from './image-input.ts';
import { readSpecPattern, type SpecPattern } from './spec-input.ts';

export interface Config {
  /** Undefined: validate an already compiled spec. */
  command: string[] | undefined;
  /** Absolute. */
  workingDirectory: string;
  spec: SpecPattern;
  pins: ImagePin[];
  baseline: Baseline | undefined;
  failOnWarnings: boolean;
}

/** Reads and validates every input before any command runs or any file is read. */
export async function readConfig(inputs: Inputs, workspace: string): Promise<Config> {
  const workingDirectory = readWorkingDirectory(
    inputs.string('working-directory', { default: '.' }),
    workspace,
  );
  return {
    command: readCommand(inputs.list('command'), workingDirectory),
    workingDirectory,
    spec: readSpecPattern(inputs.requiredString('spec'), workingDirectory),
    pins: readImagePins(inputs.string('image')),
    baseline: await readBaseline(inputs.optionalString('baseline'), workingDirectory),
    failOnWarnings: inputs.boolean('fail-on-warnings', false),
  };
}

function readWorkingDirectory(value: string, workspace: string): string {
  const path = resolveInside('working-directory', value, workspace);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    const what = existsSync(path) ? 'is not a folder' : 'does not exist';
    throw new InputError(
      'working-directory',
      value,
      `Input "working-directory" must be a folder inside the workspace; got ${quote(value)}, which ${what}.`,
    );
  }
  return path;
}
