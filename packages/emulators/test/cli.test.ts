// `pnpm emulators`: every stand-in starts, the printed environment points at live servers, and
// Ctrl-C stops them all (the registry too: no process is left behind).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('pnpm emulators', () => {
  it('prints the environment of live stand-ins and stops them on SIGINT', async () => {
    const child = spawn(process.execPath, [cli], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line; got:\n${output}`)), 30_000);
      child.stdout.on('data', () => {
        if (output.includes('stand-ins are running')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const env = Object.fromEntries([...output.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining([
        'STORAGE_EMULATOR_HOST',
        'VERTEX_API_ENDPOINT',
        'CLOUD_BUILD_EMULATOR_HOST',
        'GITHUB_API_URL',
      ]),
    );
    expect((await fetch(`${env.STORAGE_EMULATOR_HOST}/_emulator/faults`)).status).toBe(200);
    expect((await fetch(`${env.GITHUB_API_URL}/repos/octo-org/octo-repo/releases`)).status).toBe(401);
    if (env.REGISTRY_HOST) expect((await fetch(`http://${env.REGISTRY_HOST}/v2/`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${env.STORAGE_EMULATOR_HOST}/_emulator/faults`)).rejects.toThrow();
    if (env.REGISTRY_HOST) await expect(fetch(`http://${env.REGISTRY_HOST}/v2/`)).rejects.toThrow();
  });
});
