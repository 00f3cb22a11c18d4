import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultInjector } from '../faults.ts';
import { HttpStandIn, readBody, sendJson } from '../http-stand-in.ts';
import type { ObjectStore } from '../object-store.ts';
import { type BuildOutcome, TERMINAL } from './build-outcomes.ts';
import { type BuildRecord, Builds } from './builds.ts';
import { CloudBuildError, invalidArgument, notFound } from './cloud-build-error.ts';

export interface CloudBuildStandInOptions {
  /** The Cloud Storage stand-in's store: sources are read from it, logs written to it. */
  store: ObjectStore;
  /** Where logs go when a build names no logsBucket (default `<project>_cloudbuild-logs`); the bucket must exist. */
  defaultLogsBucket?: (projectId: string) => string;
  /** Whether each GetBuild (and GetOperation) moves a build on by one stage (default true). */
  advanceOnPoll?: boolean;
  faults?: FaultInjector;
}

const TYPE = 'type.googleapis.com/google.devtools.cloudbuild.v1.';
const BUILDS = /^\/v1\/projects\/([^/]+)(?:\/locations\/([^/]+))?\/builds$/;
const BUILD = /^\/v1\/projects\/([^/]+)(?:\/locations\/([^/]+))?\/builds\/([^/:]+)(:cancel)?$/;
const OPERATION =
  /^\/v1\/(operations\/build\/([^/]+)\/([^/]+)|projects\/([^/]+)\/locations\/[^/]+\/operations\/([^/]+))$/;

/**
 * A Cloud Build stand-in speaking the REST (HTTP/JSON) API that the real @google-cloud/cloudbuild
 * client uses in its REST mode (`fallback: true`): CreateBuild (a long-running operation carrying
 * the build), GetBuild, CancelBuild, GetOperation. A build fetches its source from the Cloud
 * Storage stand-in, runs its steps one per poll — a `docker build` step prints the Dockerfile's
 * instructions — writes `log-<id>.txt` to the logs bucket as it goes, and ends as scripted
 * (SUCCESS with `results.images` digests by default).
 */
export class CloudBuildStandIn extends HttpStandIn {
  readonly builds: Builds;
  private readonly advanceOnPoll: boolean;

  constructor(options: CloudBuildStandInOptions) {
    const builds = new Builds({
      store: options.store,
      defaultLogsBucket: options.defaultLogsBucket ?? ((project) => `${project}_cloudbuild-logs`),
      now: () => new Date(),
    });
    super((req, res, url) => this.route(req, res, url), {
      ...(options.faults ? { faults: options.faults } : {}),
      faultBody: (status) => new CloudBuildError(status, statusName(status), faultMessage(status)).body(),
    });
    this.builds = builds;
    this.advanceOnPoll = options.advanceOnPoll ?? true;
  }

  /** `127.0.0.1:PORT`, the value of CLOUD_BUILD_EMULATOR_HOST. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Environment for processes that build their own client. */
  environment(): Record<string, string> {
    return { CLOUD_BUILD_EMULATOR_HOST: this.host };
  }

  /** How builds created from now on end. */
  script(outcome: BuildOutcome): void {
    this.builds.script(outcome);
  }

  /** A build as GetBuild returns it, without moving it on. */
  build(id: string): Record<string, unknown> | undefined {
    const record = this.builds.all.get(id);
    return record && this.builds.toJson(record);
  }

  /** The files of a build's source, once fetched: what the uploaded context held. */
  sourceFiles(id: string): string[] | undefined {
    return this.builds.all
      .get(id)
      ?.source?.filter((f) => f.type !== 'directory')
      .map((f) => f.path);
  }

  /** Runs every unfinished build to its end. */
  async finishAll(): Promise<void> {
    for (const record of this.builds.all.values()) {
      while (!TERMINAL.has(record.status)) await this.builds.advance(record);
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    try {
      const body = req.method === 'POST' ? await readJson(req) : {};
      sendJson(res, 200, await this.answer(req.method ?? 'GET', url.pathname, body));
    } catch (error) {
      if (error instanceof CloudBuildError) sendJson(res, error.httpStatus, error.body());
      else throw error;
    }
  }

  private async answer(method: string, path: string, body: Record<string, unknown>): Promise<unknown> {
    let match = BUILDS.exec(path);
    if (match && method === 'POST') {
      const record = this.builds.create(match[1] as string, match[2] ?? 'global', body);
      return this.operation(record);
    }
    match = BUILD.exec(path);
    if (match) {
      const record = this.builds.get(match[1] as string, match[3] as string);
      if (match[4] && method === 'POST') {
        this.builds.cancel(record);
      } else if (method === 'GET') {
        if (this.advanceOnPoll) await this.builds.advance(record);
      } else {
        throw invalidArgument(`${method} is not supported on ${path}`);
      }
      return this.builds.toJson(record);
    }
    match = OPERATION.exec(path);
    if (match && method === 'GET') {
      const encoded = (match[3] ?? match[5]) as string;
      const record = this.builds.all.get(Buffer.from(encoded, 'base64url').toString('utf8'));
      if (!record) throw notFound('Requested entity was not found.');
      if (this.advanceOnPoll) await this.builds.advance(record);
      return this.operation(record);
    }
    throw notFound(`No route for ${method} ${path} in the Cloud Build stand-in.`);
  }

  private operation(record: BuildRecord): Record<string, unknown> {
    const id = Buffer.from(record.id).toString('base64url');
    const name =
      record.location === 'global'
        ? `operations/build/${record.projectId}/${id}`
        : `projects/${record.projectId}/locations/${record.location}/operations/${id}`;
    const build = this.builds.toJson(record);
    const done = TERMINAL.has(record.status);
    return {
      name,
      metadata: { '@type': `${TYPE}BuildOperationMetadata`, build },
      done,
      ...(done && record.status === 'SUCCESS' ? { response: { '@type': `${TYPE}Build`, ...build } } : {}),
      ...(done && record.status !== 'SUCCESS'
        ? {
            error: {
              code: 2,
              message: `Build ${record.status === 'CANCELLED' ? 'cancelled' : 'failed'}; check build logs for details`,
            },
          }
        : {}),
    };
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = (await readBody(req)).toString('utf8');
  if (raw.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw invalidArgument('Invalid JSON payload received.');
}

/** The google.rpc status Google's REST APIs pair with each HTTP status (an injected fault answers in it). */
function statusName(status: number): string {
  const names: Record<number, string> = {
    400: 'INVALID_ARGUMENT',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    409: 'ALREADY_EXISTS',
    429: 'RESOURCE_EXHAUSTED',
    500: 'INTERNAL',
    504: 'DEADLINE_EXCEEDED',
  };
  return names[status] ?? 'UNAVAILABLE';
}

/** What Cloud Build itself says for a refused caller; other faults say they were injected. */
function faultMessage(status: number): string {
  if (status === 401)
    return 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.';
  if (status === 403) return 'The caller does not have permission';
  return 'Injected fault';
}
