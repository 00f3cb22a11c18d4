import type { Dockerfile, Instruction } from './parse-dockerfile.ts';

/** The instructions the layer builder turns into one layer and config edits, without running anything. */
export const LAYER_INSTRUCTIONS = [
  'FROM',
  'ARG',
  'COPY',
  'ADD',
  'ENV',
  'WORKDIR',
  'LABEL',
  'USER',
  'ENTRYPOINT',
  'CMD',
] as const;

const COPY_FLAGS = new Set(['chown', 'chmod', 'link']);
const FROM_FLAGS = new Set(['platform']);

/** Why the layer builder cannot build this Dockerfile: a sentence naming the instruction and its line. */
export class NotLayerBuildable extends Error {
  readonly line: number | undefined;
  constructor(reason: string, line?: number) {
    super(line === undefined ? reason : `${reason} (line ${line})`);
    this.name = 'NotLayerBuildable';
    this.line = line;
  }
}

/**
 * The first reason, found from the Dockerfile's text alone, why it needs a real build; undefined
 * when it holds only FROM (once), COPY/ADD of local files, ENV, WORKDIR, LABEL, USER, ENTRYPOINT,
 * CMD and ARG.
 */
export function whyNotLayerBuildable(dockerfile: Dockerfile): NotLayerBuildable | undefined {
  const froms = dockerfile.instructions.filter((i) => i.keyword === 'FROM');
  if (froms.length === 0) return new NotLayerBuildable('the Dockerfile has no FROM');
  if (froms.length > 1) {
    return new NotLayerBuildable(
      `it is a multi-stage build (FROM at lines ${froms.map((f) => f.line).join(', ')})`,
    );
  }
  for (const instruction of dockerfile.instructions) {
    const reason = instructionProblem(instruction);
    if (reason) return new NotLayerBuildable(reason, instruction.line);
  }
  return undefined;
}

function instructionProblem(instruction: Instruction): string | undefined {
  const { keyword, flags } = instruction;
  if (!(LAYER_INSTRUCTIONS as readonly string[]).includes(keyword)) {
    return keyword === 'RUN'
      ? 'RUN runs a command, which needs a container'
      : `${keyword} is not one the layer builder applies`;
  }
  if (keyword === 'FROM') {
    const unknown = Object.keys(flags).find((f) => !FROM_FLAGS.has(f));
    return unknown ? `FROM --${unknown} is not supported by the layer builder` : undefined;
  }
  if (keyword !== 'COPY' && keyword !== 'ADD') return undefined;
  if (instruction.heredocs.length > 0)
    return `${keyword} with a heredoc is not supported by the layer builder`;
  if ('from' in flags) return `${keyword} --from copies out of another image or stage`;
  const unknown = Object.keys(flags).find((f) => !COPY_FLAGS.has(f));
  if (unknown) return `${keyword} --${unknown} is not supported by the layer builder`;
  const chown = flags.chown;
  if (chown !== undefined && !chown.includes('$') && !isNumericOwner(chown)) {
    return `${keyword} --chown=${chown} names a user or group, which only the base image's /etc/passwd and /etc/group can resolve`;
  }
  const chmod = flags.chmod;
  if (chmod !== undefined && !chmod.includes('$') && !/^[0-7]{3,4}$/.test(chmod)) {
    return `${keyword} --chmod=${chmod} is not an octal mode`;
  }
  if (keyword === 'ADD') {
    const sources = instruction.json ?? instruction.rest.split(/\s+/);
    const remote = sources
      .slice(0, -1)
      .find((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@'));
    if (remote) return `ADD ${remote} downloads from the network`;
  }
  return undefined;
}

/** `1000`, `1000:1000`, `root`, `0:root`: owners that need no lookup in the image. */
export function isNumericOwner(owner: string): boolean {
  return /^(\d+|root)(:(\d+|root))?$/.test(owner);
}
