// Container image references as the distribution spec defines them (the grammar of
// github.com/distribution/reference): [domain[:port]/]path[:tag][@algorithm:hex].

export interface ImageReference {
  /** Everything before the tag and digest: `gcr.io/project/trainer`. */
  name: string;
  /** The registry host (with port), when the first component is one. */
  domain?: string;
  tag?: string;
  digest?: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`,
);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const MAX_NAME_LENGTH = 255;

/** The parts of a reference, or the reason it is not one. */
export function parseImageReference(text: string): ImageReference | { problem: string } {
  if (text === '') return { problem: 'it is empty' };
  if (/\s/.test(text)) return { problem: 'it contains white space' };
  const at = text.indexOf('@');
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  const tag = colon === -1 ? undefined : beforeDigest.slice(colon + 1);
  const name = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);

  if (digest !== undefined) {
    if (!DIGEST.test(digest))
      return { problem: `its digest is not algorithm:hex (such as sha256: and 64 hex digits)` };
    if (digest.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      return { problem: 'a sha256 digest must be 64 lowercase hex digits' };
    }
  }
  if (tag !== undefined && !TAG.test(tag)) {
    return {
      problem: 'its tag must be 1 to 128 letters, digits, "_", "." or "-", not starting with "." or "-"',
    };
  }
  if (name === '') return { problem: 'it has no repository name' };
  if (name.length > MAX_NAME_LENGTH)
    return { problem: `its name is longer than ${MAX_NAME_LENGTH} characters` };

  const components = name.split('/');
  const first = components[0] as string;
  const hasDomain =
    components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasDomain && !DOMAIN.test(first))
    return { problem: `its registry ${JSON.stringify(first)} is not a host name` };
  for (const component of hasDomain ? components.slice(1) : components) {
    if (!PATH_COMPONENT.test(component)) {
      return {
        problem: `its path component ${JSON.stringify(component)} must be lowercase letters and digits, separated by ".", "_", "__" or "-"`,
      };
    }
  }
  return {
    name,
    ...(hasDomain ? { domain: first } : {}),
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

export function isImageProblem(parsed: ImageReference | { problem: string }): parsed is { problem: string } {
  return 'problem' in parsed;
}

/** `python` and `docker.io/library/python` are the same repository; compare names in full form. */
export function canonicalImageName(name: string): string {
  const components = name.split('/');
  const first = components[0] as string;
  const hasDomain =
    components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasDomain) return first === 'index.docker.io' ? `docker.io/${components.slice(1).join('/')}` : name;
  return components.length === 1 ? `docker.io/library/${name}` : `docker.io/${name}`;
}

/** Whether an image string is a runtime placeholder (`{{$.inputs.parameters['image']}}`), not a reference. */
export function isPlaceholderImage(image: string): boolean {
  return image.includes('{{$');
}
