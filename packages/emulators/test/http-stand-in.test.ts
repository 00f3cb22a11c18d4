import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTROL_PREFIX, HttpStandIn, readBody, sendJson } from '../src/http-stand-in.ts';

/** A stand-in that echoes how much body it read; counts the requests its handler saw. */
let handled: string[];
let standIn: HttpStandIn;
beforeEach(async () => {
  handled = [];
  standIn = await new HttpStandIn(async (req, res, url) => {
    handled.push(`${req.method} ${url.pathname}`);
    if (url.pathname === '/boom') throw new Error('handler blew up');
    const body = await readBody(req);
    sendJson(res, 200, { received: body.length });
  }).start();
});
afterEach(() => standIn.stop());

const control = (init?: RequestInit) => fetch(`${standIn.url}${CONTROL_PREFIX}faults`, init);
const addRule = (rule: unknown) => control({ method: 'POST', body: JSON.stringify(rule) });

/** POSTs `size` bytes in 16 KiB chunks with node:http; resolves with the status or the socket error. */
function upload(path: string, size: number): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    const req = request(`${standIn.url}${path}`, {
      method: 'POST',
      headers: { 'content-length': String(size) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    const chunk = Buffer.alloc(16 * 1024, 1);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('serving', () => {
  it('listens on 127.0.0.1 and runs the handler when no rule applies', async () => {
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${standIn.url}/echo`, { method: 'POST', body: 'hello' });
    expect(await response.json()).toEqual({ received: 5 });
  });

  it('answers 500 with the error when the handler throws', async () => {
    const response = await fetch(`${standIn.url}/boom`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 500, message: 'Error: handler blew up' } });
  });

  it('stops even with keep-alive connections open', async () => {
    await fetch(`${standIn.url}/echo`); // undici keeps the socket
    await standIn.stop();
    await expect(fetch(`${standIn.url}/echo`)).rejects.toThrow();
  });
});

describe('status faults', () => {
  it('answers the status with Retry-After and the default body, without running the handler', async () => {
    standIn.faults.add({ route: '/echo', action: { kind: 'status', status: 503, retryAfterSeconds: 3 } });

    const response = await fetch(`${standIn.url}/echo`);

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toEqual({
      error: {
        code: 503,
        message: 'Injected fault',
        errors: [{ message: 'Injected fault', domain: 'global', reason: 'backendError' }],
      },
    });
    expect(handled).toEqual([]);
    expect((await fetch(`${standIn.url}/echo`)).status).toBe(200);
  });

  it('answers a custom body, and no Retry-After unless asked', async () => {
    standIn.faults.add({ action: { kind: 'status', status: 429, body: { message: 'slow down' } } });
    const response = await fetch(`${standIn.url}/echo`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toEqual({ message: 'slow down' });
  });

  it('reads the whole request body first, so a large upload still gets the status', async () => {
    standIn.faults.add({ method: 'POST', action: { kind: 'status', status: 500 } });
    expect(await upload('/echo', 2 * 1024 * 1024)).toEqual({ status: 500 });
  });
});

describe('drop faults', () => {
  it('closes the connection without an answer', async () => {
    standIn.faults.add({ action: { kind: 'drop' } });
    await expect(fetch(`${standIn.url}/echo`)).rejects.toThrow(/fetch failed/);
    expect(handled).toEqual([]);
    expect((await fetch(`${standIn.url}/echo`)).status).toBe(200);
  });

  it('with afterBytes, cuts an upload once that much of the body arrived', async () => {
    standIn.faults.add({ method: 'POST', action: { kind: 'drop', afterBytes: 256 * 1024 } });
    const result = await upload('/echo', 4 * 1024 * 1024);
    expect(result.status).toBeUndefined();
    expect(result.error).toMatch(/ECONNRESET|EPIPE|socket hang up/);
    expect(handled).toEqual([]);
  });

  it('with afterBytes beyond a short body, cuts once the body is complete', async () => {
    standIn.faults.add({ method: 'POST', action: { kind: 'drop', afterBytes: 1024 * 1024 } });
    const result = await upload('/echo', 1000);
    expect(result.error).toMatch(/ECONNRESET|socket hang up/);
  });
});

describe('delay faults', () => {
  it('answers normally, only later', async () => {
    standIn.faults.add({ action: { kind: 'delay', ms: 200 } });
    const started = Date.now();
    const response = await fetch(`${standIn.url}/echo`);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(handled).toEqual(['GET /echo']);
  });
});

describe('the control API', () => {
  it('adds a rule by POST, shows pending and injected by GET, and clears by DELETE', async () => {
    const added = await addRule({
      method: 'GET',
      route: '/echo',
      times: 2,
      action: { kind: 'status', status: 502 },
    });
    expect(added.status).toBe(200);
    const { id } = (await added.json()) as { id: number };

    expect((await fetch(`${standIn.url}/echo`)).status).toBe(502);
    const state = (await (await control()).json()) as { pending: unknown[]; injected: unknown[] };
    expect(state.pending).toEqual([
      { method: 'GET', route: '/echo', times: 2, action: { kind: 'status', status: 502 }, id, remaining: 1 },
    ]);
    expect(state.injected).toEqual([{ rule: id, method: 'GET', route: '/echo', action: 'status' }]);

    expect((await control({ method: 'DELETE' })).status).toBe(200);
    expect((await (await control()).json()) as object).toEqual({ pending: [], injected: [] });
    expect((await fetch(`${standIn.url}/echo`)).status).toBe(200);
  });

  it('matches a route against the path with its query string', async () => {
    await addRule({ route: '/[?&]mode=slow/', action: { kind: 'status', status: 503 } });
    expect((await fetch(`${standIn.url}/echo?mode=fast`)).status).toBe(200);
    expect((await fetch(`${standIn.url}/echo?x=1&mode=slow`)).status).toBe(503);
  });

  it('is never faulted itself', async () => {
    await addRule({ route: '/', times: 5, action: { kind: 'drop' } });
    expect((await control()).status).toBe(200);
  });

  it('answers 400 with a message for malformed JSON and malformed rules', async () => {
    const notJson = await control({ method: 'POST', body: '{"action":' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/JSON/);

    const badStatus = await addRule({ action: { kind: 'status', status: 200 } });
    expect(badStatus.status).toBe(400);
    expect(await badStatus.json()).toEqual({
      error: '"status" must be an HTTP error status from 400 to 599; got 200',
    });

    const noAction = await addRule({ route: '/x' });
    expect(await noAction.json()).toEqual({ error: 'a fault rule needs an "action" object' });

    const badRegex = await addRule({ route: '/(unclosed/', action: { kind: 'drop' } });
    expect(badRegex.status).toBe(400);

    const notAnObject = await addRule(null);
    expect(notAnObject.status).toBe(400);
  });

  it('answers 404 for other control routes and 405 for other methods', async () => {
    expect((await fetch(`${standIn.url}${CONTROL_PREFIX}other`)).status).toBe(404);
    expect((await control({ method: 'PUT', body: '{}' })).status).toBe(405);
  });

  it('refuses a gRPC rule, which an HTTP stand-in cannot honour', async () => {
    const added = await addRule({ action: { kind: 'grpc', code: 14 } });
    expect(added.status).toBe(400);
  });

  it('a rule with a non-string method cannot break every later request', async () => {
    await addRule({ method: 5, action: { kind: 'drop' } });
    expect((await fetch(`${standIn.url}/echo`)).status).toBe(200);
  });
});
