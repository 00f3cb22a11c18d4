import type { Manifest, ManifestEntry } from '../src/index.ts';

/** A small valid manifest: entries sorted by name, totals that agree with them. */
export function sampleManifest(entries: ManifestEntry[] = defaultEntries()): Manifest {
  return {
    version: 1,
    source: 'gs://collect/data/',
    state: 'gs://collect/data/_mlops/',
    pattern: '**/*.tfrecord',
    unit: 'records',
    createdAt: '2025-01-02T03:04:05.000Z',
    run: { repository: 'acme/vision', runId: '123', job: 'count', sha: 'a'.repeat(40) },
    count: entries.reduce((sum, entry) => sum + (entry.records ?? 0), 0),
    objects: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
    perLabel: { cat: 128, dog: 2 },
    entries,
  };
}

function defaultEntries(): ManifestEntry[] {
  return [
    {
      name: 'data/a.tfrecord',
      generation: '1700000000000001',
      size: 1000,
      crc32c: 'AAAAAA==',
      records: 128,
      label: 'cat',
    },
    { name: 'data/b.tfrecord', generation: '1700000000000002', size: 20, records: 2, label: 'dog' },
  ];
}
