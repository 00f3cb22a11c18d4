import type { ManifestHeader } from '@mlops-actions/data-loop';
import type { OutputValue } from '@mlops-actions/kit';

export function outputsFor(
  manifest: ManifestHeader,
  uri: string,
  threshold: number,
  dispatched: boolean,
): Record<string, OutputValue | undefined> {
  return {
    count: manifest.count,
    enough: manifest.count >= threshold,
    threshold,
    objects: manifest.objects,
    bytes: manifest.bytes,
    manifest: uri,
    'per-label': manifest.perLabel === undefined ? undefined : JSON.stringify(manifest.perLabel),
    corrupt: manifest.corrupt === undefined ? undefined : JSON.stringify(manifest.corrupt),
    dispatched,
  };
}
