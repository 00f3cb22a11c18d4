import type { Manifest } from './manifest.ts';

/**
 * The manifest as JSON people can read and diff: the header fields indented, then one entry per
 * line (a manifest of 100,000 objects stays 100,000 short lines, not 800,000).
 */
export function formatManifest(manifest: Manifest): string {
  const { entries, ...header } = manifest;
  const head = JSON.stringify(header, null, 2).slice(0, -2); // drop the closing "\n}"
  const body = entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return `${head},\n  "entries": [${entries.length === 0 ? '' : `\n${body}\n  `}]\n}\n`;
}
