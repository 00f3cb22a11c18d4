import { createHash, randomUUID } from 'node:crypto';
import { type ObjectStore, parseGsUri } from '../object-store.ts';
import { type BuildOutcome, TERMINAL } from './build-outcomes.ts';
import { CloudBuildError, failedPrecondition, invalidArgument, notFound } from './cloud-build-error.ts';
import { readSourceArchive, type SourceFile } from './source-archive.ts';
import { type BuildStep, stepOutput } from './step-logs.ts';

/** A build as the stand-in keeps it; `toJson()` is what the API returns. */
export interface BuildRecord {
  id: string;
  projectId: string;
  location: string;
  request: Record<string, unknown>;
  status: string;
  statusDetail?: string;
  failureInfo?: { type: string; detail: string };
  createTime: string;
  startTime?: string;
  finishTime?: string;
  steps: (BuildStep & { status?: string })[];
  nextStep: number;
  outcome: BuildOutcome;
  logsBucket: string;
  log: { bucket: string; name: string };
  logText: string;
  /** The unpacked source, once FETCHSOURCE ran. */
  source?: SourceFile[];
  results?: { images: { name: string; digest: string }[] };
}

const TAG = /^[\w][\w.-]{0,127}$/;

export interface BuildsOptions {
  store: ObjectStore;
  defaultLogsBucket: (projectId: string) => string;
  now: () => Date;
}

/** Cloud Build's builds: validation on create, then a lifecycle that moves one stage per poll. */
export class Builds {
  readonly all = new Map<string, BuildRecord>();
  private outcome: BuildOutcome = { status: 'SUCCESS' };
  private readonly options: BuildsOptions;

  constructor(options: BuildsOptions) {
    this.options = options;
  }

  script(outcome: BuildOutcome): void {
    this.outcome = outcome;
  }

  create(projectId: string, location: string, build: Record<string, unknown>): BuildRecord {
    validate(build);
    const id = randomUUID();
    const logsBucket =
      typeof build.logsBucket === 'string'
        ? build.logsBucket
        : `gs://${this.options.defaultLogsBucket(projectId)}`;
    const logs = parseGsUri(logsBucket);
    if (!logs)
      throw invalidArgument(`invalid logs bucket ${JSON.stringify(logsBucket)}: must be gs://bucket[/path]`);
    const record: BuildRecord = {
      id,
      projectId,
      location,
      request: build,
      status: 'QUEUED',
      createTime: this.options.now().toISOString(),
      steps: (build.steps as BuildStep[]).map((s) => ({ ...s })),
      nextStep: 0,
      outcome: this.outcome,
      logsBucket,
      log: {
        bucket: logs.bucket,
        name: `${logs.name ? `${logs.name.replace(/\/$/, '')}/` : ''}log-${id}.txt`,
      },
      logText: '',
    };
    this.all.set(id, record);
    return record;
  }

  get(projectId: string, id: string): BuildRecord {
    const record = this.all.get(id);
    if (!record || record.projectId !== projectId) throw notFound(`Requested entity was not found.`);
    return record;
  }

  cancel(record: BuildRecord): void {
    if (TERMINAL.has(record.status))
      throw failedPrecondition(`build is complete (status ${record.status}) and cannot be cancelled`);
    this.finish(record, 'CANCELLED');
  }

  /** One stage: QUEUED → WORKING (fetch source) → each step → push → final status. */
  async advance(record: BuildRecord): Promise<void> {
    if (TERMINAL.has(record.status)) return;
    const lines: string[] = [];
    if (record.status === 'QUEUED') {
      record.status = 'WORKING';
      record.startTime = this.options.now().toISOString();
      lines.push(`starting build "${record.id}"`, '', 'FETCHSOURCE');
      const problem = await this.fetchSource(record, lines);
      if (problem) {
        record.failureInfo = { type: 'FETCH_SOURCE_FAILED', detail: problem };
        lines.push(`ERROR: ${problem}`);
        this.finish(record, 'FAILURE', problem);
      }
    } else if (record.nextStep < record.steps.length) {
      const index = record.nextStep++;
      const step = record.steps[index] as BuildStep & { status?: string };
      const label = step.id ? `Step #${index} - "${step.id}"` : `Step #${index}`;
      if (index === 0) lines.push('BUILD');
      lines.push(`Starting ${label}`);
      for (const line of stepOutput(step, record.source ?? [])) lines.push(`${label}: ${line}`);
      const outcome = record.outcome;
      const failsHere =
        outcome.status === 'FAILURE' && (outcome.failAtStep ?? record.steps.length - 1) === index;
      if (failsHere) {
        const message =
          outcome.status === 'FAILURE' ? (outcome.message ?? 'step exited with non-zero status: 1') : '';
        lines.push(`${label}: ${message}`, `Finished ${label}`);
        step.status = 'FAILURE';
        const detail = `build step ${index} "${step.name}" failed: ${message}`;
        record.failureInfo = { type: 'USER_BUILD_STEP', detail: `Build step failure: ${detail}` };
        lines.push(`ERROR: ${detail}`);
        this.finish(record, 'FAILURE', `Build step failure: ${detail}`);
      } else {
        lines.push(`Finished ${label}`);
        step.status = 'SUCCESS';
      }
    } else if (record.outcome.status === 'TIMEOUT' || record.outcome.status === 'INTERNAL_ERROR') {
      lines.push(
        `ERROR: ${record.outcome.status === 'TIMEOUT' ? 'context deadline exceeded' : 'internal error'}`,
      );
      this.finish(record, record.outcome.status);
    } else {
      const images = (record.request.images as string[] | undefined) ?? [];
      if (images.length > 0) lines.push('PUSH');
      record.results = { images: images.map((name) => ({ name, digest: this.digestFor(record, name) })) };
      for (const { name, digest } of record.results.images) {
        lines.push(`Pushing ${name}`, `${name.split(':').at(-1)}: digest: ${digest} size: 1234`);
      }
      lines.push('DONE');
      this.finish(record, 'SUCCESS');
    }
    await this.appendLog(record, lines);
  }

  private async fetchSource(record: BuildRecord, lines: string[]): Promise<string | undefined> {
    const storage = (
      record.request.source as { storageSource?: { bucket: string; object: string } } | undefined
    )?.storageSource;
    if (!storage) {
      record.source = [];
      return undefined;
    }
    const uri = `gs://${storage.bucket}/${storage.object}`;
    lines.push(`Fetching storage object: ${uri}`);
    const data = await this.options.store.read(storage.bucket, storage.object);
    if (!data) return `failed to fetch source: ${uri}: storage object does not exist`;
    try {
      record.source = readSourceArchive(data);
    } catch (error) {
      return `failed to unpack source ${uri}: ${(error as Error).message}`;
    }
    lines.push(`Copying ${uri}...`, `Operation completed over 1 objects/${data.length} B.`);
    return undefined;
  }

  /** The same source and repository give the same digest, as a reproducible build would. */
  private digestFor(record: BuildRecord, image: string): string {
    const repository = image.replace(/(@sha256:[a-f0-9]+|:[\w][\w.-]*)$/, '');
    const hash = createHash('sha256').update(repository);
    for (const file of record.source ?? []) hash.update(file.path).update(file.data);
    return `sha256:${hash.digest('hex')}`;
  }

  private finish(record: BuildRecord, status: string, detail?: string): void {
    record.status = status;
    record.finishTime = this.options.now().toISOString();
    if (detail) record.statusDetail = detail;
    for (const step of record.steps) step.status ??= status === 'CANCELLED' ? 'CANCELLED' : 'QUEUED';
  }

  private async appendLog(record: BuildRecord, lines: string[]): Promise<void> {
    if (lines.length === 0) return;
    record.logText += `${lines.join('\n')}\n`;
    try {
      await this.options.store.write(
        record.log.bucket,
        record.log.name,
        Buffer.from(record.logText),
        'text/plain',
      );
    } catch {
      // A missing logs bucket loses the log, as it does on Cloud Build; the build goes on.
    }
  }

  toJson(record: BuildRecord): Record<string, unknown> {
    const prefix = `projects/${record.projectId}/locations/${record.location}`;
    return {
      ...record.request,
      name: `${prefix}/builds/${record.id}`,
      id: record.id,
      projectId: record.projectId,
      status: record.status,
      ...(record.statusDetail ? { statusDetail: record.statusDetail } : {}),
      steps: record.steps,
      ...(record.results ? { results: record.results } : {}),
      createTime: record.createTime,
      ...(record.startTime ? { startTime: record.startTime } : {}),
      ...(record.finishTime ? { finishTime: record.finishTime } : {}),
      timeout: (record.request.timeout as string | undefined) ?? '600s',
      logsBucket: record.logsBucket,
      logUrl: `https://console.cloud.google.com/cloud-build/builds;region=${record.location}/${record.id}?project=${record.projectId}`,
      ...(record.failureInfo ? { failureInfo: record.failureInfo } : {}),
    };
  }
}

function validate(build: Record<string, unknown>): void {
  const steps = build.steps;
  if (!Array.isArray(steps) || steps.length === 0)
    throw invalidArgument('invalid build: must have at least one step');
  steps.forEach((step: BuildStep, i) => {
    if (!step?.name) throw invalidArgument(`invalid build: step ${i} must specify name`);
  });
  const images = (build.images as unknown[] | undefined) ?? [];
  for (const image of images) {
    if (
      typeof image !== 'string' ||
      !/^[a-z0-9.-]+(:\d+)?\/[a-z0-9._/-]+(:[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})?$/.test(image)
    ) {
      throw invalidArgument(`invalid image name ${JSON.stringify(image)}`);
    }
  }
  const source = build.source as { storageSource?: { bucket?: string; object?: string } } | undefined;
  if (source?.storageSource && (!source.storageSource.bucket || !source.storageSource.object)) {
    throw invalidArgument('invalid build: storageSource must have bucket and object');
  }
  if (build.timeout !== undefined && !/^\d+(\.\d+)?s$/.test(String(build.timeout))) {
    throw invalidArgument(
      `invalid build: timeout ${JSON.stringify(build.timeout)} is not a duration such as "600s"`,
    );
  }
  for (const tag of (build.tags as unknown[] | undefined) ?? []) {
    if (typeof tag !== 'string' || !TAG.test(tag))
      throw invalidArgument(`invalid build tag ${JSON.stringify(tag)}: must match ${TAG.source}`);
  }
}

export { CloudBuildError };
