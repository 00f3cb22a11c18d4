import { computeInputsHash, inputsTag } from '../context/inputs-hash.ts';
import { repositoryName } from '../reference.ts';
import { type BuildImageOptions, type BuildImageResult, buildImage } from './build-image.ts';
import { findTaggedImage } from './find-tagged-image.ts';

export interface BuildOrReuseOptions extends BuildImageOptions {
  /** Context paths the inputs hash leaves out (globs relative to the context). */
  inputsHashExclude: readonly string[];
  /** Use the image already tagged `inputs-<hash>` instead of building, when there is one. */
  reuseExisting: boolean;
}

export type BuildOrReuseResult =
  | { reused: false; inputsHash: string; build: BuildImageResult }
  | { reused: true; inputsHash: string; image: string; digest: string; tag: string };

/**
 * Hashes the image's inputs, then either names the image that already carries `inputs-<hash>`
 * (reuseExisting, when the registry has it: nothing is built or pushed), or builds and pushes
 * with the tag `inputs-<hash>` besides the given ones.
 */
export async function buildOrReuse(options: BuildOrReuseOptions): Promise<BuildOrReuseResult> {
  const inputsHash = computeInputsHash({
    contextDir: options.contextDir,
    dockerfilePath: options.dockerfilePath,
    buildArgs: options.buildArgs,
    target: options.target,
    platform: options.platform,
    exclude: options.inputsHashExclude,
  });
  const tag = inputsTag(inputsHash);
  options.log(`Inputs hash ${inputsHash} (tag ${tag}).`);
  if (options.reuseExisting) {
    const digest = await findTaggedImage(options.target, tag, options.credentials);
    if (digest !== undefined) {
      const image = `${repositoryName(options.target)}@${digest}`;
      options.log(`Reusing ${image}: ${repositoryName(options.target)}:${tag} exists, so nothing is built.`);
      return { reused: true, inputsHash, image, digest, tag };
    }
    options.log(`No image is tagged ${tag} yet: building it.`);
  }
  const tags = options.tags.includes(tag) ? options.tags : [...options.tags, tag];
  return { reused: false, inputsHash, build: await buildImage({ ...options, tags }) };
}
