import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type GitHttpRequest, REQUEST_LOG_PATH } from './git-http-server.ts';

/**
 * The server process behind GitHttpServer (see there). Started as
 * `node git-http-backend-process.ts <projectRoot>` with the token in GIT_HTTP_TOKEN; prints
 * `listening <port>`; answers REQUEST_LOG_PATH with the requests so far.
 */
class BackendServer {
  readonly projectRoot: string;
  readonly token: string;
  readonly requests: GitHttpRequest[] = [];
  private port = 0;

  constructor(options: { projectRoot: string; token: string }) {
    this.projectRoot = options.projectRoot;
    this.token = options.token;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: Error) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`git http-backend failed: ${error.message}\n`);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  private isAuthorized(header: string | undefined): boolean {
    const match = /^basic\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) return false;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 && decoded.slice(colon + 1) === this.token;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === REQUEST_LOG_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.requests));
      return;
    }
    const authorized = this.isAuthorized(req.headers.authorization);
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, authorized });
    if (!authorized) {
      for await (const _ of req) {
        // drain the body so the client reads the answer
      }
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' });
      res.end('Authentication required\n');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_PROJECT_ROOT: this.projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        // Protocol v2 and compressed request bodies, as a web server passes them to the CGI.
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
      },
    });
    req.pipe(cgi.stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    cgi.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    cgi.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      cgi.on('error', reject);
      cgi.on('close', resolve);
    });
    const output = Buffer.concat(out);
    const end = output.indexOf('\r\n\r\n');
    const separator = end === -1 ? output.indexOf('\n\n') : end;
    if (separator === -1) {
      throw new Error(`exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`);
    }
    const headerText = output.subarray(0, separator).toString('latin1');
    const body = output.subarray(separator + (end === -1 ? 2 : 4));
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of headerText.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(body);
  }
}

const [projectRoot] = process.argv.slice(2);
const token = process.env.GIT_HTTP_TOKEN;
if (!projectRoot || !token) {
  process.stderr.write('usage: GIT_HTTP_TOKEN=<token> node git-http-backend-process.ts <projectRoot>\n');
  process.exit(2);
}
const backend = await new BackendServer({ projectRoot, token }).start();
process.stdout.write(`listening ${new URL(backend.url).port}\n`);
