import { mentionsIn, namesUnpinned, replaceMentions } from './image-mentions.ts';
import {
  canonicalImageName,
  type ImageReference,
  isImageProblem,
  isPlaceholderImage,
  parseImageReference,
} from './image-reference.ts';
import { entriesOf, isObject, objectOrEmpty } from './json-object.ts';
import { jsonPath } from './json-path.ts';
import { forEachString, type JsonPathSegments, mapStrings } from './string-walk.ts';
import type { PipelineSpec } from './types.ts';

/** The distinct container images of the spec's executors, in order of first use; placeholders left out. */
export function listImages(spec: PipelineSpec): string[] {
  const images = new Set<string>();
  for (const [, executor] of entriesOf(objectOrEmpty(spec.deploymentSpec).executors)) {
    const image = isObject(executor) && isObject(executor.container) ? executor.container.image : undefined;
    if (typeof image === 'string' && image !== '' && !isPlaceholderImage(image)) images.add(image);
  }
  return [...images];
}

export interface ImageMention {
  /** Where it is: `deploymentSpec.executors.Trainer_executor.container.image`, or the constant holding it. */
  path: string;
  text: string;
}

/**
 * Every image the spec names: executors' images, and registry-qualified references inside any
 * other string (the Trainer's `worker_pool_specs[].container_spec.image_uri` in custom_config).
 */
export function listImageMentions(spec: PipelineSpec): ImageMention[] {
  const found: ImageMention[] = [];
  forEachString(spec, (text, path) => {
    if (isExecutorImage(path)) {
      if (text !== '' && !isPlaceholderImage(text)) found.push({ path: jsonPath(path), text });
    } else {
      for (const mention of mentionsIn(text)) found.push({ path: jsonPath(path), text: mention.text });
    }
  });
  return found;
}

export interface UnpinnedMention extends ImageMention {
  /** The pinned repository the string names. */
  repository: string;
}

export interface ImagePin {
  /**
   * Which images to replace: a repository name (`gcr.io/project/trainer`, any tag or digest), or a
   * full reference with a tag or digest (only that one). Undefined replaces every executor image
   * and every other reference to the repositories those images come from.
   */
  name?: string;
  reference: string;
}

export interface ImageChange {
  /** The executor whose container image changed; absent for a reference inside another value. */
  executor?: string;
  /** Where the reference is, as a JSON path. */
  path: string;
  before: string;
  after: string;
}

export interface PinResult {
  spec: PipelineSpec;
  changes: ImageChange[];
  /** Names of pins that matched no image (a typo, or the wrong pipeline). */
  unmatched: string[];
  /** Strings that still name a pinned repository without a digest after pinning. */
  unpinned: UnpinnedMention[];
}

/**
 * Rewrites image references so a run uses exactly the image that was built, e.g. the
 * `name@sha256:…` that build-image outputs: executors' images, and every reference to the same
 * repositories wherever it sits — in a JSON string such as TFX's custom_config, an argument, a
 * default. Returns a new spec; the given one is not changed.
 */
export function pinImages(spec: PipelineSpec, pins: readonly ImagePin[]): PinResult {
  const changes: ImageChange[] = [];
  const used = new Set<ImagePin>();
  // The repositories a pin without a name covers: those of the executor images it replaced.
  const replacedNames = new Set<string>();

  const pinExecutorImage = (image: string, path: JsonPathSegments): string => {
    if (isPlaceholderImage(image)) return image;
    const pin = pins.find((candidate) => matches(candidate, image));
    if (pin === undefined) return image;
    used.add(pin);
    if (pin.name === undefined) {
      const parsed = parseImageReference(image);
      if (!isImageProblem(parsed)) replacedNames.add(canonicalImageName(parsed.name));
    }
    if (pin.reference === image) return image;
    changes.push({ executor: String(path[2]), path: jsonPath(path), before: image, after: pin.reference });
    return pin.reference;
  };
  const withExecutors = mapStrings(spec, (text, path) =>
    isExecutorImage(path) ? pinExecutorImage(text, path) : text,
  ) as PipelineSpec;

  const pinMention = (reference: ImageReference, text: string): string | undefined => {
    const pin = pins.find((candidate) => coversMention(candidate, reference, text, replacedNames));
    if (pin === undefined) return undefined;
    used.add(pin);
    return pin.reference;
  };
  const pinned = mapStrings(withExecutors, (text, path) => {
    if (isExecutorImage(path)) return text;
    return replaceMentions(text, (mention) => {
      const after = pinMention(mention.reference, mention.text);
      if (after === undefined || after === mention.text) return undefined;
      changes.push({ path: jsonPath(path), before: mention.text, after });
      return after;
    });
  }) as PipelineSpec;

  const unmatched = pins.filter((pin) => !used.has(pin)).map((pin) => pin.name ?? '*');
  const unpinned = unpinnedMentions(pinned, guardedNames(pins, replacedNames), pins);
  return { spec: changes.length === 0 ? spec : pinned, changes, unmatched, unpinned };
}

function isExecutorImage(path: JsonPathSegments): boolean {
  return (
    path.length === 5 &&
    path[0] === 'deploymentSpec' &&
    path[1] === 'executors' &&
    path[3] === 'container' &&
    path[4] === 'image'
  );
}

function matches(pin: ImagePin, image: string): boolean {
  if (pin.name === undefined) return true;
  const wanted = parseImageReference(pin.name);
  const actual = parseImageReference(image);
  if (isImageProblem(wanted) || isImageProblem(actual)) return pin.name === image;
  const sameName = canonicalImageName(wanted.name) === canonicalImageName(actual.name);
  if (wanted.tag === undefined && wanted.digest === undefined) return sameName;
  return sameName && wanted.tag === actual.tag && wanted.digest === actual.digest;
}

/**
 * Whether a pin rewrites a reference found inside a string: one its name matches, one of the
 * repositories a nameless pin replaced in the executors, or its own repository without a digest.
 */
function coversMention(
  pin: ImagePin,
  reference: ImageReference,
  text: string,
  replacedNames: ReadonlySet<string>,
): boolean {
  const name = canonicalImageName(reference.name);
  if (pin.name === undefined ? replacedNames.has(name) : matches(pin, text)) return true;
  const target = parseImageReference(pin.reference);
  return (
    !isImageProblem(target) && reference.digest === undefined && canonicalImageName(target.name) === name
  );
}

/** The registry-qualified repositories that must carry a digest after pinning. */
function guardedNames(pins: readonly ImagePin[], replacedNames: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const name of [...replacedNames, ...pins.flatMap((pin) => [pin.name ?? '', pin.reference])]) {
    const parsed = parseImageReference(name);
    if (!isImageProblem(parsed) && parsed.domain !== undefined) names.add(parsed.name);
  }
  return [...names];
}

function unpinnedMentions(
  spec: PipelineSpec,
  names: readonly string[],
  pins: readonly ImagePin[],
): UnpinnedMention[] {
  const accepted = pins.map((pin) => pin.reference);
  const found: UnpinnedMention[] = [];
  forEachString(spec, (text, path) => {
    const repository = names.find((name) => namesUnpinned(text, name, accepted));
    if (repository !== undefined) found.push({ path: jsonPath(path), text, repository });
  });
  return found;
}
