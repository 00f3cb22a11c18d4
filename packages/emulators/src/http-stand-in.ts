import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultError, FaultInjector, type FaultRule } from './faults.ts';

export type HttpHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface HttpStandInOptions {
  faults?: FaultInjector;
  /** The body of an injected error status, in the shape the imitated service uses. */
  faultBody?: (status: number) => unknown;
}

/** Google's JSON error shape, the default body of an injected error status. */
const googleErrorBody = (status: number) => {
  const reason = status === 429 ? 'rateLimitExceeded' : status >= 500 ? 'backendError' : 'invalid';
  const message = 'Injected fault';
  return { error: { code: status, message, errors: [{ message, domain: 'global', reason }] } };
};

/** The control API every HTTP stand-in serves beside its own routes. */
export const CONTROL_PREFIX = '/_emulator/';

/**
 * An HTTP server on a free 127.0.0.1 port that runs fault rules before the stand-in's handler and
 * serves the control API:
 *   POST   /_emulator/faults   a FaultRule as JSON → {"id": n}
 *   DELETE /_emulator/faults   removes every rule
 *   GET    /_emulator/faults   {"pending": [...], "injected": [...]}
 */
export class HttpStandIn {
  readonly faults: FaultInjector;
  private readonly handler: HttpHandler;
  private readonly faultBody: (status: number) => unknown;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(handler: HttpHandler, options: HttpStandInOptions | FaultInjector = {}) {
    const { faults, faultBody } =
      options instanceof FaultInjector ? { faults: options, faultBody: undefined } : options;
    this.handler = handler;
    // An HTTP server cannot answer with a gRPC status.
    this.faults = faults ?? new FaultInjector({ kinds: ['status', 'drop', 'delay'] });
    this.faultBody = faultBody ?? googleErrorBody;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => {
      this.dispatch(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: String(error) } });
        else res.destroy();
      });
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      await this.control(req, res, url);
      return;
    }
    // Routes match the path with its query, so a rule can single out `?uploadType=resumable`.
    const fault = this.faults.take(req.method ?? 'GET', url.pathname + url.search);
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.kind === 'status') {
      await drain(req);
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      sendJson(res, fault.status, fault.body ?? this.faultBody(fault.status), headers);
      return;
    }
    if (fault?.kind === 'drop') {
      await dropConnection(req, fault.afterBytes ?? 0);
      return;
    }
    await this.handler(req, res, url);
  }

  private async control(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname !== `${CONTROL_PREFIX}faults`) {
      sendJson(res, 404, { error: 'unknown control route; use /_emulator/faults' });
      return;
    }
    if (req.method === 'GET') {
      sendJson(res, 200, { pending: this.faults.pending, injected: this.faults.injected });
    } else if (req.method === 'DELETE') {
      this.faults.clear();
      sendJson(res, 200, {});
    } else if (req.method === 'POST') {
      try {
        const rule = JSON.parse((await readBody(req)).toString('utf8')) as FaultRule;
        sendJson(res, 200, { id: this.faults.add(rule) });
      } catch (error) {
        sendJson(res, 400, {
          error: error instanceof FaultError || error instanceof SyntaxError ? error.message : String(error),
        });
      }
    } else {
      sendJson(res, 405, { error: 'use GET, POST or DELETE' });
    }
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function drain(req: IncomingMessage): Promise<void> {
  for await (const _ of req) {
    // discard: the client must be able to finish sending before it reads the error
  }
}

/** Reads `afterBytes` of the request body (or all of a shorter one), then cuts the connection. */
function dropConnection(req: IncomingMessage, afterBytes: number): Promise<void> {
  return new Promise((resolve) => {
    let received = 0;
    const cut = () => {
      req.socket.destroy();
      resolve();
    };
    if (afterBytes <= 0) {
      cut();
      return;
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= afterBytes) cut();
    });
    req.on('end', cut);
  });
}
