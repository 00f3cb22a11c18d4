import { type Platform, parsePlatform } from '../platform.ts';
import { DockerfileError } from './dockerfile-error.ts';
import { declareArgs, expand } from './instruction-values.ts';
import { NotLayerBuildable, whyNotLayerBuildable } from './layer-support.ts';
import type { Dockerfile } from './parse-dockerfile.ts';
import { platformArgs } from './platform-args.ts';
import { splitWords } from './shell-words.ts';

export interface BaseSelection {
  /** The FROM image after ARG expansion, or `scratch`. */
  image: string;
  platform: Platform;
  line: number;
}

/** The base image named by the (single) FROM, with the ARGs declared before it expanded. */
export function selectBase(
  dockerfile: Dockerfile,
  buildArgs: Record<string, string>,
  platform: Platform,
): BaseSelection {
  const problem = whyNotLayerBuildable(dockerfile);
  if (problem) throw problem;
  const global = platformArgs(platform);
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === 'ARG') {
      declareArgs(instruction, global, buildArgs, global, dockerfile.escape);
      continue;
    }
    if (instruction.keyword !== 'FROM') continue;
    const words = splitWords(instruction.rest, dockerfile.escape);
    const [image, as, , extra] = words;
    if (
      !image ||
      (as !== undefined && (as.toLowerCase() !== 'as' || words.length !== 3)) ||
      extra !== undefined
    ) {
      throw new DockerfileError(
        `FROM must be "FROM [--platform=…] image [AS name]"; got ${JSON.stringify(instruction.args)}`,
        instruction.line,
      );
    }
    const expanded = expand(image, global, instruction, dockerfile.escape);
    let fromPlatform = platform;
    if (instruction.flags.platform !== undefined) {
      const text = expand(instruction.flags.platform, global, instruction, dockerfile.escape);
      const parsed = parsePlatform(text);
      if (!parsed)
        throw new DockerfileError(`FROM --platform=${text} is not os/arch[/variant]`, instruction.line);
      fromPlatform = parsed;
    }
    return { image: expanded, platform: fromPlatform, line: instruction.line };
  }
  throw new NotLayerBuildable('the Dockerfile has no FROM');
}
