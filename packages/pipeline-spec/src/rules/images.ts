import { isImageProblem, isPlaceholderImage, parseImageReference } from '../image-reference.ts';
import { entriesOf, isObject, objectOrEmpty } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';
import type { PipelineSpec } from '../types.ts';

/**
 * Each container executor has a well-formed image reference. One without a tag or digest, or
 * tagged `latest`, runs whatever was pushed last: a warning, since a re-run is then not the same
 * run. Pipelines often share one image across every executor, so each image is reported once, at
 * its first executor.
 */
export function checkImages(spec: PipelineSpec, problems: ProblemList): void {
  const users = new Map<string, string[]>(); // image → executor labels
  for (const [label, executor] of entriesOf(objectOrEmpty(spec.deploymentSpec).executors)) {
    if (!isObject(executor) || !isObject(executor.container)) continue;
    const image = executor.container.image;
    if (typeof image !== 'string' || image.trim() === '') {
      problems.error('image', imagePath(label), 'missing; a container executor needs an image');
    } else if (!isPlaceholderImage(image)) {
      // A placeholder ({{$.inputs.parameters['image']}}) is chosen at run time.
      const labels = users.get(image);
      if (labels === undefined) users.set(image, [label]);
      else labels.push(label);
    }
  }
  for (const [image, labels] of users) {
    const at = imagePath(labels[0] as string);
    const also = labels.length > 1 ? ` (used by ${labels.length} executors)` : '';
    const parsed = parseImageReference(image);
    if (isImageProblem(parsed)) {
      problems.error(
        'image',
        at,
        `${JSON.stringify(image)}${also} is not a valid image reference: ${parsed.problem}`,
      );
    } else if (parsed.digest === undefined && (parsed.tag === undefined || parsed.tag === 'latest')) {
      const what = parsed.tag === undefined ? 'has no tag or digest, so it runs' : 'runs';
      problems.warning(
        'image-pin',
        at,
        `${JSON.stringify(image)}${also} ${what} whatever :latest is when the pipeline starts; pin a digest (the image input of compile-pipeline takes the one build-image outputs) or a version tag`,
      );
    }
  }
}

function imagePath(label: string): string[] {
  return ['deploymentSpec', 'executors', label, 'container', 'image'];
}
