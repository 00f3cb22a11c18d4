import { ActionError, quote } from '@mlops-actions/kit';
import {
  type ImagePin,
  listImages,
  type PinResult,
  type PipelineSpec,
  pinImages,
} from '@mlops-actions/pipeline-spec';

/** Pins the images; an `image` line whose name matches no executor image is an error (a typo pins nothing). */
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
  return result;
}
