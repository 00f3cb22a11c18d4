import { ensureRegistryTools, HttpStandIn, readBody } from '@mlops-actions/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveImage } from '../src/distribution/manifests.ts';
import { RegistryClient } from '../src/distribution/registry-client.ts';
import { parseImageReference } from '../src/reference.ts';
import { type BaseImages, startRegistryWithBases } from './registry-fixture.ts';

const missing = ensureRegistryTools();
const amd64 = { os: 'linux', architecture: 'amd64' };

/** The real registry behind a stand-in that forwards every request and can inject faults. */
function faultyProxy(target: string): HttpStandIn {
  return new HttpStandIn(async (req, res, url) => {
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && name !== 'host') headers[name] = value;
    const answer = await fetch(`${target}${url.pathname}${url.search}`, {
      method: req.method ?? 'GET',
      headers,
      ...(body ? { body } : {}),
    });
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
}

describe.skipIf(missing !== undefined)('registry requests that fail on the way', () => {
  let base: BaseImages;
  let proxy: HttpStandIn;
  beforeAll(async () => {
    base = await startRegistryWithBases();
    proxy = await faultyProxy(base.registry.url).start();
  });
  afterAll(async () => {
    await proxy?.stop();
    await base?.stop();
  });

  it('retries 503s and dropped connections, then reads the image', async () => {
    proxy.faults.add({
      route: '/v2/base/multi/manifests/',
      action: { kind: 'status', status: 503 },
      times: 2,
    });
    proxy.faults.add({ route: '/v2/base/multi/blobs/', action: { kind: 'drop' }, times: 1 });
    const client = new RegistryClient(`127.0.0.1:${proxy.port}`, { retryDelayMs: 10 });
    const resolved = await resolveImage(
      client,
      parseImageReference(`127.0.0.1:${proxy.port}/base/multi:1`),
      amd64,
    );
    expect(resolved.digest).toBe(base.multi.amd64);
    expect(proxy.faults.injected.map((f) => f.action)).toEqual(['status', 'status', 'drop']);
  });

  it('gives up after its retries with the registry’s answer', async () => {
    proxy.faults.add({
      route: '/v2/base/python/manifests/',
      action: { kind: 'status', status: 503 },
      times: 3,
    });
    const client = new RegistryClient(`127.0.0.1:${proxy.port}`, { retries: 2, retryDelayMs: 10 });
    await expect(
      resolveImage(client, parseImageReference(`127.0.0.1:${proxy.port}/base/python:3.11`), amd64),
    ).rejects.toThrow(`127.0.0.1:${proxy.port} could not pull the manifest base/python:3.11: HTTP 503`);
  });
});
