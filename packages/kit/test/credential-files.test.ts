import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialFileLeftOut, credentialFiles } from '../src/index.ts';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'kit-creds-'));
  mkdirSync(join(root, 'keys'));
  writeFileSync(join(root, 'gha-creds-0123abcd.json'), '{"type":"external_account"}');
  writeFileSync(join(root, 'keys', 'sa.json'), '{"type":"service_account"}');
  writeFileSync(join(root, 'model.py'), '');
  linkSync(join(root, 'keys', 'sa.json'), join(root, 'hard-link.json'));
  symlinkSync('keys/sa.json', join(root, 'soft-link.json'));
  symlinkSync('gha-creds-0123abcd.json', join(root, 'config.json'));
  return root;
}

describe('credentialFiles', () => {
  it('holds gha-creds-*.json by name, and the file a credentials variable names through any link', () => {
    const root = workspace();
    const rule = credentialFiles({ GOOGLE_APPLICATION_CREDENTIALS: join(root, 'keys', 'sa.json') });
    expect(rule.holds(join(root, 'gha-creds-0123abcd.json'))).toBe(true);
    expect(rule.holds(join(root, 'config.json'))).toBe(true);
    expect(rule.holds(join(root, 'keys', 'sa.json'))).toBe(true);
    expect(rule.holds(join(root, 'hard-link.json'))).toBe(true);
    expect(rule.holds(join(root, 'soft-link.json'))).toBe(true);
    expect(rule.holds(join(root, 'model.py'))).toBe(false);
    expect(rule.holds(join(root, 'missing.json'))).toBe(false);
  });

  it('without the variables, holds only gha-creds-*.json', () => {
    const root = workspace();
    const rule = credentialFiles({});
    expect(rule.holds(join(root, 'keys', 'sa.json'))).toBe(false);
    expect(rule.holds(join(root, 'sub', 'gha-creds-ffff.json'))).toBe(true);
  });

  it('says what was left out by its path, never by its content', () => {
    expect(credentialFileLeftOut('gha-creds-0123abcd.json')).toBe(
      'Left out gha-creds-0123abcd.json: it holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace), which are never sent, whatever the ignore files say.',
    );
  });
});
