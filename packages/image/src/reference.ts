// Image references as Docker reads them (distribution/reference): `[host[:port]/]path[:tag][@digest]`.
// The first component is a registry host when it has a `.` or `:` or is `localhost`; otherwise the
// image is on Docker Hub, where one-component names live under `library/`.

/** A registry, a repository in it, and optionally a tag and/or a digest. */
export interface ImageReference {
  /** As written in image names: `us-docker.pkg.dev`, `127.0.0.1:5000`, `docker.io`. */
  registry: string;
  /** `p/r/pipeline`, `library/python`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Thrown for text that is not an image reference; the message says what is wrong with it. */
export class ImageReferenceError extends Error {
  readonly text: string;
  constructor(text: string, reason: string) {
    super(reason);
    this.name = 'ImageReferenceError';
    this.text = text;
  }
}

export const DOCKER_HUB = 'docker.io';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME = 255;

/** Whether `tag` is a valid tag: letters, digits, `_`, `.`, `-`, not starting with `.` or `-`, ≤ 128 characters. */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

export function isValidDigest(digest: string): boolean {
  return DIGEST.test(digest);
}

/** Parses any reference: `python:3.11`, `us-docker.pkg.dev/p/r/img@sha256:…`, `127.0.0.1:5000/base`. */
export function parseImageReference(text: string): ImageReference {
  const fail = (reason: string): never => {
    throw new ImageReferenceError(text, reason);
  };
  if (text === '') fail('it is empty');
  if (/\s/.test(text)) fail('it contains whitespace');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      fail(`the digest ${JSON.stringify(digest)} is not sha256: followed by 64 hex digits`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      fail(
        `the tag ${JSON.stringify(tag)} is not valid (letters, digits, _ . -, not starting with . or -, at most 128)`,
      );
    }
  }
  const { registry, repository } = splitRegistry(rest, fail);
  return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest ? { digest } : {}) };
}

/** A repository without tag or digest: what the action pushes to. */
export function parseRepository(text: string): ImageReference {
  const reference = parseImageReference(text);
  if (reference.tag !== undefined || reference.digest !== undefined) {
    throw new ImageReferenceError(
      text,
      `it names a ${reference.digest ? 'digest' : 'tag'}; give the repository alone (tags go in the tags input)`,
    );
  }
  return reference;
}

function splitRegistry(
  name: string,
  fail: (reason: string) => never,
): { registry: string; repository: string } {
  if (name === '') fail('the repository name is empty');
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isHost = slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = DOCKER_HUB;
  let repository = name;
  if (isHost) {
    registry = first;
    repository = name.slice(slash + 1);
    if (!HOST.test(registry))
      fail(`the registry ${JSON.stringify(registry)} is not a host name with an optional port`);
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `the path component ${JSON.stringify(component)} must be lowercase letters and digits, separated by . _ __ or -`,
      );
    }
  }
  if (repository.length > MAX_NAME) fail(`the repository name is longer than ${MAX_NAME} characters`);
  return { registry, repository };
}

/** `registry/repository` — the name to put tags and digests after. */
export function repositoryName(reference: Pick<ImageReference, 'registry' | 'repository'>): string {
  return `${reference.registry}/${reference.repository}`;
}

/** The full reference, digest preferred over tag when both are known and `preferDigest`. */
export function formatReference(reference: ImageReference): string {
  const name = repositoryName(reference);
  if (reference.digest)
    return reference.tag ? `${name}:${reference.tag}@${reference.digest}` : `${name}@${reference.digest}`;
  return `${name}:${reference.tag ?? 'latest'}`;
}

/** The tag or digest to ask the registry for (`latest` when neither is given, as Docker does). */
export function manifestReference(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}
