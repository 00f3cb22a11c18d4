import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { AccessLog } from './access-log.ts';
import { firstCredentials, prepareAuth, type RegistryAuth } from './auth.ts';
import { type ImageInspection, skopeo } from './skopeo.ts';
import type { TokenServer } from './token-server.ts';
import { type RegistryTools, requireRegistryTools } from './tools.ts';

export interface RegistryStandInOptions {
  /** How long to wait for `GET /v2/` to answer (default 15 s). */
  startTimeoutMs?: number;
  /** Require credentials: Basic (htpasswd) or Bearer tokens from a TokenServer. */
  auth?: RegistryAuth;
  /** Record every request in `accessLog` (method, path, status, response bytes). */
  accessLog?: boolean;
}

/**
 * The real CNCF distribution registry on a free 127.0.0.1 port, storing blobs in a temporary
 * directory, with no auth and plain HTTP — Artifact Registry's Docker API as far as pushing and
 * pulling go. skopeo (with TLS verification off) inspects what was pushed.
 */
export class RegistryStandIn {
  port = 0;
  /** Requests the registry answered, when started with `accessLog: true`. */
  readonly accessLog = new AccessLog();
  /** The token service, when started with `auth: { kind: 'token' }`. */
  tokenServer: TokenServer | undefined;
  private readonly options: RegistryStandInOptions;
  private tools: RegistryTools | undefined;
  private child: ChildProcess | undefined;
  private workDir: string | undefined;
  private stderr = '';
  private readonly killOnExit = () => this.child?.kill('SIGKILL');

  constructor(options: RegistryStandInOptions = {}) {
    this.options = options;
  }

  /** `127.0.0.1:PORT`, the registry part of an image reference. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `http://${this.host}`;
  }

  /** The temporary directory holding the config and the blobs, while the registry runs. */
  get directory(): string | undefined {
    return this.workDir;
  }

  /** The registry's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<this> {
    this.tools = requireRegistryTools();
    // The free port is found before the registry binds it; if another process wins it, try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.launch(this.tools.registry);
        return this;
      } catch (error) {
        await this.stop();
        if (attempt >= 3 || !/address already in use/i.test(String(error))) throw error;
      }
    }
  }

  private async launch(binary: string): Promise<void> {
    this.workDir = mkdtempSync(join(tmpdir(), 'mlops-registry-'));
    this.port = await freePort();
    this.stderr = '';
    const configPath = join(this.workDir, 'config.yml');
    const auth = this.options.auth ? await prepareAuth(this.options.auth, this.workDir) : undefined;
    this.tokenServer = auth?.tokenServer;
    const config = registryConfig(join(this.workDir, 'storage'), this.host);
    if (auth) Object.assign(config, { auth: auth.config });
    if (this.options.accessLog) config.log.accesslog.disabled = false;
    writeFileSync(configPath, stringify(config));
    const logged = this.options.accessLog === true;
    const child = spawn(binary, ['serve', configPath], {
      stdio: ['ignore', logged ? 'pipe' : 'ignore', 'pipe'],
    });
    this.child = child;
    // The access log goes to standard output, one combined-format line per request.
    child.stdout?.on('data', (chunk: Buffer) => this.accessLog.write(chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-8192);
    });
    process.once('exit', this.killOnExit);
    await this.waitUntilReady(child);
  }

  /** Stops the registry process and removes its storage. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    process.removeListener('exit', this.killOnExit);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await this.tokenServer?.stop();
    this.tokenServer = undefined;
    if (this.workDir) rmSync(this.workDir, { recursive: true, force: true });
    this.workDir = undefined;
  }

  /** `repo:tag` or `repo@sha256:…` on this registry (a full `host/…` reference is kept as is). */
  reference(image: string): string {
    return image.startsWith(`${this.host}/`) ? image : `${this.host}/${image}`;
  }

  /** `skopeo inspect`: digest, tags, layers, labels, platform. */
  async inspect(image: string): Promise<ImageInspection> {
    const output = await skopeo(this.requireTools().skopeo, [
      'inspect',
      '--tls-verify=false',
      ...this.credentialArgs(''),
      `docker://${this.reference(image)}`,
    ]);
    return JSON.parse(output) as ImageInspection;
  }

  /** The manifest exactly as stored, and its digest (sha256 of those bytes). */
  async manifest(image: string): Promise<{ digest: string; manifest: Record<string, unknown> }> {
    const raw = await skopeo(this.requireTools().skopeo, [
      'inspect',
      '--raw',
      '--tls-verify=false',
      ...this.credentialArgs(''),
      `docker://${this.reference(image)}`,
    ]);
    return {
      digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
      manifest: JSON.parse(raw) as Record<string, unknown>,
    };
  }

  /** The repository's tags; empty when nothing was ever pushed to it. */
  async listTags(repository: string): Promise<string[]> {
    try {
      const output = await skopeo(this.requireTools().skopeo, [
        'list-tags',
        '--tls-verify=false',
        ...this.credentialArgs(''),
        `docker://${this.reference(repository)}`,
      ]);
      return ((JSON.parse(output) as { Tags: string[] | null }).Tags ?? []).sort();
    } catch (error) {
      // The registry answers 404 NAME_UNKNOWN; skopeo 1.9 reports only the status.
      if (/NAME_UNKNOWN|registry 404/i.test(String(error))) return [];
      throw error;
    }
  }

  /** `skopeo copy <source> docker://<this registry>/<image>`, e.g. from `oci:<dir>:<tag>`. */
  async push(source: string, image: string): Promise<void> {
    await skopeo(this.requireTools().skopeo, [
      'copy',
      '--dest-tls-verify=false',
      ...this.credentialArgs('dest-'),
      source,
      `docker://${this.reference(image)}`,
    ]);
  }

  /** `--creds user:pass` when the registry requires credentials, `--no-creds` otherwise. */
  private credentialArgs(prefix: '' | 'dest-'): string[] {
    const credentials = firstCredentials(this.options.auth);
    return credentials ? [`--${prefix}creds`, credentials] : [`--${prefix}no-creds`];
  }

  private requireTools(): RegistryTools {
    if (!this.tools || !this.child) throw new Error('the registry is not running; call start() first');
    return this.tools;
  }

  private async waitUntilReady(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 15_000);
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    while (Date.now() < deadline) {
      if (exited) throw new Error(`docker-registry exited before answering: ${this.stderr.trim()}`);
      try {
        const response = await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(1000) });
        // With auth configured, an anonymous GET /v2/ is answered 401: the registry is up.
        if (response.status === 200 || response.status === 401) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`docker-registry did not answer GET ${this.url}/v2/ in time: ${this.stderr.trim()}`);
  }
}

function registryConfig(storage: string, address: string) {
  return {
    version: 0.1,
    log: { level: 'error', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: storage }, delete: { enabled: true } },
    http: { addr: address, secret: createHash('sha256').update(storage).digest('hex') },
    health: { storagedriver: { enabled: false } },
  };
}

/** A port the OS had free a moment ago; the registry binds it right after. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
