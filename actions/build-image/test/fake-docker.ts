// A recording stand-in for the docker CLI (no Docker engine exists here): it appends each call's
// arguments and standard input to a JSON-lines file, answers `buildx build` like BuildKit does —
// a few progress lines and a --metadata-file with the pushed digest — and exits as told
// (FAKE_DOCKER_EXIT for the build; FAKE_DOCKER_LOGIN_FAIL makes login fail, echoing the password).
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FAKE_DIGEST = `sha256:${'d0c4e7'.repeat(10)}abcd`;
export const FAKE_CONFIG_DIGEST = `sha256:${'c0f1'.repeat(16)}`;

export interface FakeDocker {
  /** Put first on PATH. */
  binDir: string;
  /** Every call so far. */
  /** `dockerignore`: the `<Dockerfile>.dockerignore` beside `--file`, when there was one. */
  calls(): { args: string[]; stdin: string; dockerignore?: string }[];
  env: Record<string, string>;
}

const SCRIPT = `
const { appendFileSync, readFileSync, writeFileSync } = require('node:fs');
const args = process.argv.slice(2);
let stdin = '';
try { if (args.includes('--password-stdin')) stdin = readFileSync(0, 'utf8'); } catch {}
// BuildKit reads <Dockerfile>.dockerignore beside --file before the context's .dockerignore.
let dockerignore;
try { if (args.includes('--file')) dockerignore = readFileSync(args[args.indexOf('--file') + 1] + '.dockerignore', 'utf8'); } catch {}
appendFileSync(process.env.FAKE_DOCKER_LOG, JSON.stringify({ args, stdin, dockerignore }) + '\\n');
if (args[0] === 'login' && process.env.FAKE_DOCKER_LOGIN_FAIL) { console.error('Error response from daemon: Get "https://' + args.at(-1) + '/v2/": unauthorized: password ' + stdin + ' was rejected'); process.exit(1); }
if (args[0] === 'login') { console.log('Login Succeeded'); process.exit(0); }
if (args[0] === 'logout') { console.log('Removing login credentials for ' + args[1]); process.exit(0); }
if (args[0] === 'buildx' && args[1] === 'build') {
  console.error('#1 [internal] load build definition from Dockerfile');
  console.error('#5 [2/3] RUN pip install -r requirements.txt');
  console.error('::warning::a line of build output that must not become an annotation');
  if (process.env.FAKE_DOCKER_EXIT) { console.error('ERROR: failed to solve: process "/bin/sh -c pip install" did not complete successfully: exit code: 1'); process.exit(Number(process.env.FAKE_DOCKER_EXIT)); }
  const metadata = args[args.indexOf('--metadata-file') + 1];
  const pushed = args.includes('--push');
  writeFileSync(metadata, JSON.stringify({
    ...(pushed ? { 'containerimage.digest': process.env.FAKE_DOCKER_DIGEST } : {}),
    'containerimage.config.digest': process.env.FAKE_DOCKER_CONFIG_DIGEST,
    'image.name': 'x',
  }));
  process.exit(0);
}
console.error('fake docker: unexpected call ' + JSON.stringify(args));
process.exit(2);
`;

export function fakeDocker(): FakeDocker {
  const binDir = mkdtempSync(join(tmpdir(), 'fake-docker-'));
  const log = join(binDir, 'calls.jsonl');
  const script = join(binDir, 'docker');
  writeFileSync(script, `#!${process.execPath}\n${SCRIPT}`);
  chmodSync(script, 0o755);
  return {
    binDir,
    env: {
      FAKE_DOCKER_LOG: log,
      FAKE_DOCKER_DIGEST: FAKE_DIGEST,
      FAKE_DOCKER_CONFIG_DIGEST: FAKE_CONFIG_DIGEST,
      PATH: `${binDir}:${process.env.PATH ?? ''}`,
    },
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
        : [],
  };
}
