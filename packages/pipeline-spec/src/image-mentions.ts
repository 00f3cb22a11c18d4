// Image references written inside other text: a JSON string such as TFX's custom_config
// (`"image_uri": "gcr.io/p/img"`), a command argument (`--image=gcr.io/p/img:1`), a default.
// Only names with a registry host count: a bare `python` in a command line is not an image.
import {
  canonicalImageName,
  type ImageReference,
  isImageProblem,
  parseImageReference,
} from './image-reference.ts';

export interface TextMention {
  start: number;
  end: number;
  text: string;
  reference: ImageReference;
}

// The characters a reference is made of; anything else (quotes, `=`, spaces, commas) ends one.
const REFERENCE_RUN = /[A-Za-z0-9._/:@[\]-]+/g;
const TRAILING_PUNCTUATION = /[.:/-]+$/;
const NAME_CHARACTER = /[A-Za-z0-9._/-]/;
const PINNED_SUFFIX = /^(?::[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}/;

/** The registry-qualified image references in `text`, in order. */
export function mentionsIn(text: string): TextMention[] {
  const found: TextMention[] = [];
  for (const match of text.matchAll(REFERENCE_RUN)) {
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!candidate.includes('/')) continue;
    const reference = parseImageReference(candidate);
    if (isImageProblem(reference) || reference.domain === undefined) continue;
    found.push({ start: match.index, end: match.index + candidate.length, text: candidate, reference });
  }
  return found;
}

/** `text` with each mention `replace` answers for changed; the rest of the text stays byte for byte. */
export function replaceMentions(text: string, replace: (mention: TextMention) => string | undefined): string {
  let result = '';
  let copied = 0;
  for (const mention of mentionsIn(text)) {
    const replacement = replace(mention);
    if (replacement === undefined) continue;
    result += text.slice(copied, mention.start) + replacement;
    copied = mention.end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/**
 * Whether `text` names the repository `name` (registry-qualified) anywhere without a digest
 * after it, however it is written — even where `mentionsIn` does not see a reference
 * (`image:gcr.io/p/img`). The safety net after pinning: such a name would run `:latest`.
 */
export function namesUnpinned(text: string, name: string, accepted: readonly string[] = []): boolean {
  const wanted = canonicalImageName(name);
  for (const written of new Set([name, wanted])) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(written, from);
      if (at === -1) break;
      from = at + 1;
      const before = at === 0 ? '' : (text[at - 1] as string);
      const after = text[at + written.length] ?? '';
      if (NAME_CHARACTER.test(before) || NAME_CHARACTER.test(after)) continue; // a longer name
      const rest = text.slice(at);
      if (accepted.some((reference) => isWhole(rest, reference))) continue; // exactly what was asked for
      if (!PINNED_SUFFIX.test(rest.slice(written.length))) return true;
    }
  }
  return false;
}

function isWhole(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && !/[A-Za-z0-9._/:@-]/.test(text[prefix.length] ?? '');
}
