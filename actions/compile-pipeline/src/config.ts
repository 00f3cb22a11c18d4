import { type Inputs, resolveFolderInside } from '@mlops-actions/kit';
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
  const workingDirectory = resolveFolderInside(
    'working-directory',
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
