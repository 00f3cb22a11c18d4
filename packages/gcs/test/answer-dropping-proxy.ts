import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy in front of a stand-in that lets a matching request reach it, then drops the
 * connection instead of passing the answer back: the write happened, the client never heard.
 * The stand-in's own faults act before its handler, so they cannot do this.
 */
export class AnswerDroppingProxy {
  private server: Server | undefined;
  private remaining = 0;
  private matches: (method: string, url: string) => boolean = () => false;
  dropped = 0;
  readonly target: string;

  constructor(target: string) {
    this.target = target;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  dropAnswers(times: number, matches: (method: string, url: string) => boolean): void {
    this.remaining = times;
    this.matches = matches;
  }

  async start(): Promise<this> {
    const target = new URL(this.target);
    this.server = createServer((req, res) => {
      const drop = this.remaining > 0 && this.matches(req.method ?? 'GET', req.url ?? '/');
      if (drop) this.remaining -= 1;
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          if (drop) {
            this.dropped += 1;
            answer.resume();
            answer.on('end', () => req.socket.destroy());
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
