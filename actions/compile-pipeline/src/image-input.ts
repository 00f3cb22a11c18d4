import { InputError, parseList, parseMap, quote } from '@mlops-actions/kit';
import { type ImagePin, isImageProblem, parseImageReference } from '@mlops-actions/pipeline-spec';

const ACCEPTED =
  'one image reference (such as gcr.io/project/trainer@sha256:<64 hex digits>) for every executor, or name=reference lines';

/**
 * The `image` input: a single reference replaces every executor image; `name=reference` lines
 * replace only images of that name. Empty means no pinning.
 */
export function readImagePins(raw: string): ImagePin[] {
  const lines = parseList(raw);
  if (lines.length === 0) return [];
  if (lines.length === 1 && !(lines[0] as string).includes('=')) {
    return [{ reference: checked(lines[0] as string, raw, 'reference') }];
  }
  return Object.entries(parseMap('image', raw)).map(([name, reference]) => ({
    name: checked(name, raw, 'name'),
    reference: checked(reference, raw, 'reference'),
  }));
}

function checked(value: string, raw: string, role: 'name' | 'reference'): string {
  const parsed = parseImageReference(value);
  if (isImageProblem(parsed)) {
    throw new InputError(
      'image',
      raw,
      `Input "image" must be ${ACCEPTED}; got the ${role} ${quote(value)}, which is not an image reference: ${parsed.problem}.`,
    );
  }
  return value;
}
