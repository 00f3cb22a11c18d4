import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Writes an htpasswd file for the registry's `htpasswd` auth, which accepts bcrypt hashes only.
 * Node has no bcrypt, so the hash comes from the system's crypt(3) through perl (perl-base is in
 * every Debian): libxcrypt implements `$2b$`. Cost 4, the lowest bcrypt allows: tests log in often.
 */
export function writeHtpasswd(path: string, users: Record<string, string>): void {
  const lines = Object.entries(users).map(([user, password]) => {
    if (user.includes(':')) throw new Error(`htpasswd user names cannot hold ":" (${user})`);
    return `${user}:${bcrypt(password)}`;
  });
  writeFileSync(path, `${lines.join('\n')}\n`, { mode: 0o600 });
}

function bcrypt(password: string): string {
  const salt = [...randomBytes(22)].map((b) => BCRYPT_ALPHABET[b % 64]).join('');
  // The last salt character carries only 2 bits; crypt normalises it, which is fine.
  const hash = execFileSync('perl', ['-e', 'print crypt($ARGV[0], $ARGV[1])', password, `$2b$04$${salt}`], {
    encoding: 'utf8',
  });
  if (!hash.startsWith('$2b$04$'))
    throw new Error('crypt(3) on this system does not implement bcrypt ($2b$)');
  return hash;
}
