import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const created: string[] = [];

/** A scratch folder holding the given files (`name → content`; content `{ link }` makes a symlink). */
export function projectDir(
  files: Record<string, string | Buffer | { link: string } | { mode: number; text: string }>,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-project-'));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content)) writeFileSync(path, content);
    else if ('link' in content) symlinkSync(content.link, path);
    else {
      writeFileSync(path, content.text);
      chmodSync(path, content.mode);
    }
  }
  return dir;
}

export function scratch(prefix = 'image-scratch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeProjectDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
