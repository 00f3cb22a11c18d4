import type { Manifest, ManifestEntry, ManifestHeader } from './manifest.ts';

/**
 * The manifest as JSON people can read and diff: the header fields indented, then one entry per
 * line (a manifest of 100,000 objects stays 100,000 short lines, not 800,000).
 */
export function formatManifest(manifest: Manifest): string {
  const { entries, ...header } = manifest;
  const body = entries.map((entry, i) => `${i === 0 ? '' : ','}\n${entryLine(entry)}`).join('');
  return `${manifestHead(header)}${body}${manifestTail(entries.length)}`;
}

/** One entry as formatManifest writes it (without the separator). */
export function entryLine(entry: ManifestEntry): string {
  return `    ${JSON.stringify(entry)}`;
}

/** The text before the entries: the header fields, then `"entries": [`. */
export function manifestHead(header: ManifestHeader): string {
  const head = JSON.stringify(header, null, 2).slice(0, -2); // drop the closing "\n}"
  return `${head},\n  "entries": [`;
}

/** The text after `entries` entries. */
export function manifestTail(entries: number): string {
  return `${entries === 0 ? '' : '\n  '}]\n}\n`;
}
