import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { heading, setOutput, setOutputs, table, writeSummary } from '../src/index.ts';
import { captureStdout } from './capture-stdout.ts';

const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kit-files-'));
});

afterEach(() => {
  process.env = { ...saved };
});

/** Reads a GITHUB_OUTPUT file as the runner does: `name<<DELIM\nvalue\nDELIM` records. */
function readOutputs(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (const [, name, , value] of readFileSync(path, 'utf8').matchAll(re))
    out[name as string] = value as string;
  return out;
}

describe('setOutput', () => {
  it('writes strings as they are and everything else as JSON', async () => {
    const path = join(dir, 'output');
    writeFileSync(path, '');
    process.env.GITHUB_OUTPUT = path;
    setOutput('name', 'multi\nline');
    setOutput('count', 3);
    setOutput('changed', false);
    setOutputs({ files: ['a.py', 'b c.py'], labels: { team: 'ml' }, skipped: undefined });
    expect(readOutputs(path)).toEqual({
      name: 'multi\nline',
      count: '3',
      changed: 'false',
      files: '["a.py","b c.py"]',
      labels: '{"team":"ml"}',
    });
  });

  it('refuses a non-finite number', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    expect(() => setOutput('ratio', Number.NaN)).toThrow('Output "ratio" must be a finite number; got NaN.');
  });
});

describe('writeSummary', () => {
  it('appends blocks separated by blank lines', async () => {
    const path = join(dir, 'summary.md');
    writeFileSync(path, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = path;
    await writeSummary(heading('Changes'), table(['File'], [['a|b.py']]));
    await writeSummary('second');
    expect(readFileSync(path, 'utf8')).toBe(
      'before\n## Changes\n\n| File |\n| --- |\n| a\\|b\\.py |\n\nsecond\n\n',
    );
  });

  it('is a no-op without GITHUB_STEP_SUMMARY', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(await captureStdout(() => writeSummary('x'))).toEqual([]);
  });

  it('warns instead of failing when the file cannot be written', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'summary.md');
    const lines = await captureStdout(() => writeSummary('x'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::warning::Could not write the job summary: ENOENT/);
  });
});
