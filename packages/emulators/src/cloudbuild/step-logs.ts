import type { SourceFile } from './source-archive.ts';

export interface BuildStep {
  name?: string;
  args?: string[];
  id?: string;
  dir?: string;
  [key: string]: unknown;
}

/**
 * What a step prints. A `docker build` step (gcr.io/cloud-builders/docker) reads the Dockerfile
 * from the uploaded source and prints its instructions the way the classic builder does; other
 * steps print their command line.
 */
export function stepOutput(step: BuildStep, source: SourceFile[]): string[] {
  const args = step.args ?? [];
  if (!/(^|\/)docker$/.test(step.name ?? '') || args[0] !== 'build') {
    return [`Running: ${[step.name, ...args].join(' ')}`];
  }
  const fileFlag = args.findIndex((a) => a === '-f' || a === '--file');
  const dockerfile = fileFlag === -1 ? 'Dockerfile' : (args[fileFlag + 1] ?? 'Dockerfile');
  const contextArg = args.at(-1) ?? '.';
  const wanted = normalise(
    contextArg === '.' || fileFlag !== -1 ? dockerfile : `${contextArg}/${dockerfile}`,
  );
  const file = source.find((f) => f.type === 'file' && normalise(f.path) === wanted);
  if (!file)
    return [
      `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /workspace/${wanted}: no such file or directory`,
    ];
  const instructions = file.data
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const lines = [`Sending build context to Docker daemon  ${source.reduce((n, f) => n + f.data.length, 0)}B`];
  for (const [i, line] of instructions.entries()) {
    lines.push(`Step ${i + 1}/${instructions.length} : ${line.trim()}`);
  }
  lines.push('Successfully built 0123456789ab');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-t' || args[i] === '--tag') lines.push(`Successfully tagged ${args[i + 1]}`);
  }
  return lines;
}

function normalise(path: string): string {
  return path.replace(/^(\.\/)+/, '').replace(/\/+/g, '/');
}
