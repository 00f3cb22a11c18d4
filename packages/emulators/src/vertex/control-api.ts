import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultError, type FaultInjector, type FaultRule } from '../faults.ts';
import { CONTROL_PREFIX, readBody, sendJson } from '../http-stand-in.ts';
import type { Outcome } from './scripts.ts';

/**
 * The Vertex stand-in's HTTP control API, on its own 127.0.0.1 port (the gRPC port speaks HTTP/2
 * only). Same fault routes as every HTTP stand-in, plus scripting for people driving a demo:
 *   POST   /_emulator/faults    a FaultRule as JSON → {"id": n}
 *   DELETE /_emulator/faults    removes every rule
 *   GET    /_emulator/faults    {"pending": [...], "injected": [...]}
 *   POST   /_emulator/scripts   {"job": "<job id or name>", "outcome": {...}} → {}
 *   DELETE /_emulator/scripts   removes every script
 *   POST   /_emulator/advance   {"ticks": n} → every job and operation moves n polls on
 *   GET    /_emulator/jobs      {"pipelineJobs": [{name, state}], "batchPredictionJobs": [...]}
 */
export interface ControlTarget {
  faults: FaultInjector;
  script(job: string, outcome: Outcome): void;
  clearScripts(): void;
  advance(ticks?: number): Promise<void>;
  jobStates(): Record<string, { name: string; state: string }[]>;
}

export class ControlServer {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly target: ControlTarget;
  port = 0;

  constructor(target: ControlTarget) {
    this.target = target;
  }

  async start(port = 0): Promise<void> {
    const server = createServer((req, res) => {
      this.dispatch(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: String(error) });
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
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = `${req.method} ${new URL(req.url ?? '/', 'http://127.0.0.1').pathname}`;
    const { faults } = this.target;
    switch (route) {
      case `GET ${CONTROL_PREFIX}faults`:
        return sendJson(res, 200, { pending: faults.pending, injected: faults.injected });
      case `DELETE ${CONTROL_PREFIX}faults`:
        faults.clear();
        return sendJson(res, 200, {});
      case `POST ${CONTROL_PREFIX}faults`:
        return this.withBody(req, res, (body) => ({ id: faults.add(body as FaultRule) }));
      case `POST ${CONTROL_PREFIX}scripts`:
        return this.withBody(req, res, (body) => {
          const { job, outcome } = (body ?? {}) as { job?: unknown; outcome?: unknown };
          if (typeof job !== 'string' || job === '')
            throw new TypeError('"job" must be a job id or full name');
          this.target.script(job, outcome as Outcome);
          return {};
        });
      case `DELETE ${CONTROL_PREFIX}scripts`:
        this.target.clearScripts();
        return sendJson(res, 200, {});
      case `POST ${CONTROL_PREFIX}advance`:
        return this.withBody(req, res, async (body) => {
          const ticks = (body as { ticks?: unknown } | null)?.ticks ?? 1;
          if (!Number.isInteger(ticks) || (ticks as number) < 1)
            throw new TypeError('"ticks" must be a positive integer');
          await this.target.advance(ticks as number);
          return {};
        });
      case `GET ${CONTROL_PREFIX}jobs`:
        return sendJson(res, 200, this.target.jobStates());
      default:
        return sendJson(res, 404, {
          error:
            'unknown control route; use /_emulator/faults, /_emulator/scripts, /_emulator/advance or /_emulator/jobs',
        });
    }
  }

  /** Parses a JSON body and answers 200 with the result, or 400 for a bad body. */
  private async withBody(
    req: IncomingMessage,
    res: ServerResponse,
    handle: (body: unknown) => unknown,
  ): Promise<void> {
    try {
      const text = (await readBody(req)).toString('utf8');
      sendJson(res, 200, await handle(text === '' ? null : JSON.parse(text)));
    } catch (error) {
      if (error instanceof FaultError || error instanceof SyntaxError || error instanceof TypeError) {
        sendJson(res, 400, { error: error.message });
        return;
      }
      throw error;
    }
  }
}
