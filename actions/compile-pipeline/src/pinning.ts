import { ActionError, quote } from '@mlops-actions/kit';
import {
  type ImagePin,
  listImages,
  type PinResult,
  type PipelineSpec,
  pinImages,
} from '@mlops-actions/pipeline-spec';

/**
 * Pins the images. An `image` line whose name matches no image is an error (a typo pins
 * nothing), and so is a reference to a pinned repository left without a digest: it would run
 * whatever `:latest` is.
 */
export function pinOrFail(spec: PipelineSpec, pins: readonly ImagePin[]): PinResult {
  const result = pinImages(spec, pins);
  if (result.unmatched.includes('*')) {
    throw new ActionError(
      'Input "image" gives an image for every executor, but the pipeline has no container executor.',
    );
  }
  if (result.unmatched.length > 0) {
    const images = listImages(spec);
    throw new ActionError(
      `Input "image" names ${result.unmatched.map((name) => quote(name)).join(', ')}, which no executor of the pipeline uses; its images are: ${images.length > 0 ? images.map((image) => quote(image)).join(', ') : '(none)'}.`,
    );
  }
  const [first, ...more] = result.unpinned;
  if (first !== undefined) {
    const others = more.length > 0 ? ` (and ${more.length} more place${more.length === 1 ? '' : 's'})` : '';
    throw new ActionError(
      `Input "image" pins ${first.repository}, but the spec still names it without a digest at ${first.path}${others}, which would run whatever :latest is; write the image reference on its own (as a whole string, or a JSON string value) so it can be pinned.`,
    );
  }
  return result;
}
