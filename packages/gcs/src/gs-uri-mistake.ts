/** A value that was almost certainly meant as a gs:// URI, and the URI meant. */
export interface GsUriMistake {
  meant: string;
  /** What is wrong, to follow "which": `has one slash after "gs:"`. */
  why: string;
}

/** Cloud Storage's own https:// forms of an object: the XML API host and the console's download host. */
const STORAGE_HOSTS = /^https?:\/\/(storage\.googleapis\.com|storage\.cloud\.google\.com)\/([^?#]+)$/i;

/**
 * Recognises the near misses people type for `gs://bucket/x` — `gs:/bucket/x`, `gs:bucket/x`,
 * `gs//bucket/x`, `GS://bucket/x`, and an object's https:// address on storage.googleapis.com or
 * storage.cloud.google.com — so that the message can say what was meant instead of "does not
 * exist". Anything else (a path, another URL, a proper gs:// URI) is undefined.
 */
export function gsUriMistake(text: string): GsUriMistake | undefined {
  const web = STORAGE_HOSTS.exec(text);
  if (web) {
    const path = decoded(web[2] as string);
    return {
      meant: `gs://${path}`,
      why: `is the https:// address of an object on ${web[1]}, not a gs:// URI`,
    };
  }
  const scheme = /^(gs)(:\/\/|:\/|:|\/\/)(?=[^/])/i.exec(text);
  if (!scheme) return undefined;
  const [prefix, name, separator] = scheme as unknown as [string, string, string];
  if (name === 'gs' && separator === '://') return undefined;
  const meant = `gs://${text.slice(prefix.length)}`;
  if (separator === '://')
    return { meant, why: `spells the scheme ${JSON.stringify(name)}; it is lowercase` };
  const got = `${name}${separator}`;
  return { meant, why: `starts with ${JSON.stringify(got)} instead of "gs://"` };
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
