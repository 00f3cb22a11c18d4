import {
  canonicalImageName,
  isImageProblem,
  isPlaceholderImage,
  parseImageReference,
} from './image-reference.ts';
import { entriesOf, isObject, objectOrEmpty } from './json-object.ts';
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

export interface ImagePin {
  /**
   * Which images to replace: a repository name (`gcr.io/project/trainer`, any tag or digest), or a
   * full reference with a tag or digest (only that one). Undefined replaces every image.
   */
  name?: string;
  reference: string;
}

export interface ImageChange {
  executor: string;
  before: string;
  after: string;
}

export interface PinResult {
  spec: PipelineSpec;
  changes: ImageChange[];
  /** Names of pins that matched no executor image (a typo, or the wrong pipeline). */
  unmatched: string[];
}

/**
 * Rewrites executor images so a run uses exactly the image that was built, e.g. the
 * `name@sha256:…` that build-image outputs. Returns a new spec; the given one is not changed.
 */
export function pinImages(spec: PipelineSpec, pins: readonly ImagePin[]): PinResult {
  const deploymentSpec = objectOrEmpty(spec.deploymentSpec);
  const executors = { ...objectOrEmpty(deploymentSpec.executors) };
  const changes: ImageChange[] = [];
  const used = new Set<ImagePin>();
  for (const [label, executor] of Object.entries(executors)) {
    if (!isObject(executor) || !isObject(executor.container)) continue;
    const image = executor.container.image;
    if (typeof image !== 'string' || isPlaceholderImage(image)) continue;
    const pin = pins.find((candidate) => matches(candidate, image));
    if (pin === undefined) continue;
    used.add(pin);
    if (pin.reference === image) continue;
    executors[label] = { ...executor, container: { ...executor.container, image: pin.reference } };
    changes.push({ executor: label, before: image, after: pin.reference });
  }
  const unmatched = pins.filter((pin) => !used.has(pin)).map((pin) => pin.name ?? '*');
  if (changes.length === 0) return { spec, changes, unmatched };
  return {
    spec: { ...spec, deploymentSpec: { ...deploymentSpec, executors } as PipelineSpec['deploymentSpec'] },
    changes,
    unmatched,
  };
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
