import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInWorkspaceOrTemp } from '../src/index.ts';

function runnerFolders() {
  const base = mkdtempSync(join(tmpdir(), 'kit-either-'));
  const workspace = join(base, 'work', 'repo');
  const temp = join(base, '_temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp);
  symlinkSync(base, join(workspace, 'escape'));
  return { base, workspace, temp };
}

describe('resolveInWorkspaceOrTemp', () => {
  it('takes an absolute path in the workspace or in the runner temp folder', () => {
    const { workspace, temp } = runnerFolders();
    expect(resolveInWorkspaceOrTemp('spec', join(temp, 'a.json'), workspace, temp)).toBe(
      join(temp, 'a.json'),
    );
    expect(resolveInWorkspaceOrTemp('spec', join(workspace, 'b.json'), workspace, temp)).toBe(
      join(workspace, 'b.json'),
    );
  });

  it('refuses a link out of the folder that holds the path, and any other place naming both', () => {
    const { base, workspace, temp } = runnerFolders();
    expect(() =>
      resolveInWorkspaceOrTemp('report-path', join(workspace, 'escape', 'x.xml'), workspace, temp),
    ).toThrow(`Input "report-path" must be a relative path inside ${workspace}; got "escape/x.xml"`);
    expect(() => resolveInWorkspaceOrTemp('spec', join(base, 'x.json'), workspace, temp)).toThrow(
      `Input "spec" must be a path inside the workspace (${workspace}) or the runner's temporary folder (${temp}); got "${join(base, 'x.json')}".`,
    );
  });
});
