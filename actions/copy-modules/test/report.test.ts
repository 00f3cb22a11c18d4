import type { LocalFile, LocalTree, SyncOutcome, SyncPlan } from '@mlops-actions/gcs';
import { formatBytes } from '@mlops-actions/kit';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../src/failure.ts';
import { outputsFor } from '../src/outputs.ts';
import { summaryMarkdown } from '../src/summary.ts';
import { targetOf } from '../src/target.ts';

const file = (path: string, size = 10): LocalFile => ({ path, absolutePath: `/w/m/${path}`, size });
const target = targetOf({
  destination: { bucket: 'b-1', path: 'modules/' },
  sha: 'abc',
  isFile: false,
  path: '/w/m',
});
const tree: LocalTree = { folder: '/w/m', files: [], leftOut: [], credentialFiles: [] };

function plan(uploads: LocalFile[], skips: LocalFile[] = []): SyncPlan {
  return {
    destination: target.destination,
    uploads: uploads.map((f) => ({
      file: f,
      name: `modules/abc/${f.path}`,
      md5: 'x',
      reason: 'new',
      ifGenerationMatch: '0',
    })),
    skips: skips.map((f) => ({ file: f, name: `modules/abc/${f.path}`, generation: '1' })),
    deletes: [],
  };
}

describe('targetOf', () => {
  it('puts the commit folder under the destination, and names a single file', () => {
    expect(target).toEqual({
      destination: { bucket: 'b-1', prefix: 'modules/abc/' },
      uri: 'gs://b-1/modules/abc/',
      folderUri: 'gs://b-1/modules/abc/',
    });
    expect(
      targetOf({ destination: { bucket: 'b-1', path: '' }, sha: '', isFile: true, path: '/w/m/t.py' }),
    ).toEqual({
      destination: { bucket: 'b-1', prefix: '' },
      uri: 'gs://b-1/t.py',
      folderUri: 'gs://b-1/',
    });
  });
});

describe('outputs and summary', () => {
  it('reports what a dry run would do', () => {
    const p = plan([file('a.py')], [file('b.py')]);
    expect(outputsFor(target, p, undefined)).toEqual({
      uri: 'gs://b-1/modules/abc/',
      uploaded: '1',
      skipped: '1',
      deleted: '0',
      files: '["modules/abc/a.py"]',
    });
    const markdown = summaryMarkdown({ target, tree, plan: p, outcome: undefined });
    expect(markdown).toContain('### 🔍 Dry run: modules would sync to `gs://b-1/modules/abc/`');
    expect(markdown).toContain('| To upload | 1 | 10 B |');
  });

  it('lists at most 200 rows per section and escapes file names', () => {
    const files = Array.from({ length: 250 }, (_, i) => file(`m${String(i).padStart(3, '0')}.py`));
    files.unshift(file('x|<img src=y>`.py'));
    const p = plan(files);
    const outcome: SyncOutcome = {
      uploaded: p.uploads.map((u) => ({
        name: u.name,
        path: u.file.path,
        size: u.file.size,
        reason: 'new',
        generation: '1',
      })),
      deleted: [],
      failed: [],
      deletesHeldBack: [],
    };
    const markdown = summaryMarkdown({ target, tree, plan: p, outcome });
    expect(markdown).toContain('<details><summary>Uploaded (251)</summary>');
    expect(markdown).toContain('… and 51 more.');
    // In a code span, HTML is text; the pipe is escaped so the table keeps its columns.
    expect(markdown).toContain('| ``modules/abc/x\\|<img src=y>`.py`` | 10 B | new |');
  });
});

describe('failureMessage', () => {
  it('names at most 10 files and points to the summary for the rest', () => {
    const files = Array.from({ length: 12 }, (_, i) => file(`f${i}.py`));
    const p = plan(files);
    const outcome: SyncOutcome = {
      uploaded: [],
      deleted: [],
      failed: files.map((f) => ({
        name: `modules/abc/${f.path}`,
        path: f.path,
        change: 'upload',
        reason: 'HTTP 403: no',
      })),
      deletesHeldBack: [],
    };
    const message = failureMessage(target, p, outcome);
    expect(message).toMatch(
      /^12 of 12 files to upload did not make it to gs:\/\/b-1\/modules\/abc\/: f0\.py \(HTTP 403: no\); /,
    );
    expect(message).toContain('f9.py (HTTP 403: no); and 2 more (see the job summary).');
    expect(message).toContain('Re-run the job to finish: files already uploaded are skipped.');
  });
});

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect([0, 1023, 1024, 1536, 20 << 20, 5 * 2 ** 30].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '1.5 KiB',
      '20 MiB',
      '5.0 GiB',
    ]);
  });
});
