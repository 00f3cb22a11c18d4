import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VertexStandIn } from '../../src/vertex/index.ts';
import { MemoryStore } from './memory-store.ts';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./metadata-probe-child.ts', import.meta.url));

let standIn: VertexStandIn;
let recorder: Server;
let metadataHost: string;
const probes: string[] = [];
let home: string;

beforeAll(async () => {
  standIn = await new VertexStandIn({ store: new MemoryStore() }).start();
  // Stands where the GCE metadata server would be; anything that asks is recorded (and told 404).
  recorder = createServer((req, res) => {
    probes.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  metadataHost = `127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  home = mkdtempSync(join(tmpdir(), 'vertex-empty-home-'));
});

afterAll(async () => {
  await standIn.stop();
  await new Promise((resolve) => recorder.close(resolve));
  rmSync(home, { recursive: true, force: true });
});

/** Runs the child with nothing but PATH, an empty HOME and the metadata server at the recorder. */
async function child(mode: 'helper' | 'bare'): Promise<{ outcome: string; probes: string[] }> {
  const before = probes.length;
  const { stdout } = await run(process.execPath, [CHILD, standIn.endpoint, mode], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      GCE_METADATA_HOST: metadataHost,
      GCE_METADATA_IP: metadataHost,
    },
    timeout: 20_000,
  });
  return {
    outcome: (JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { outcome: string }).outcome,
    probes: probes.slice(before),
  };
}

describe('vertexClientOptions with an empty HOME', () => {
  it('drives the stand-in without credentials and never probes the GCE metadata server', async () => {
    const { outcome, probes: seen } = await child('helper');
    expect(outcome).toBe('ok');
    expect(seen).toEqual([]);
    expect(readdirSync(home)).toEqual([]);
  });

  it('(control) without the PassThroughClient the client does probe it, so the check above can fail', async () => {
    const { probes: seen } = await child('bare');
    expect(seen.length).toBeGreaterThan(0);
  });
});
