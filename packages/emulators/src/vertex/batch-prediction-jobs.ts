import type { ObjectStore } from '../object-store.ts';
import { checkInput, checkOutput } from './batch-prediction-checks.ts';
import { BatchRunError, type Predictor, runBatchPrediction } from './batch-prediction-run.ts';
import type { IdSource } from './ids.ts';
import { validateLabels } from './labels.ts';
import { compileFilter, type FilterSpec } from './list-filter.ts';
import { type OrderFields, paginate, sortBy } from './list-pages.ts';
import type { ModelRecord, Models, ModelVersion } from './models.ts';
import { anyOf, type OperationStore } from './operations.ts';
import { stepsDone } from './pacing.ts';
import type { BatchPredictionJobInput, ListRequest, ProtoStatus } from './proto-types.ts';
import { toTimestamp } from './proto-values.ts';
import type { Scope } from './resource-names.ts';
import type { Outcome, Scripts } from './scripts.ts';
import { failedPrecondition, invalidArgument, notFound, unimplemented } from './vertex-error.ts';

/**
 * google.cloud.aiplatform.v1.JobService, batch prediction jobs: Create / Get / List / Cancel /
 * Delete. A job is PENDING when created, RUNNING on the first poll, and on the second it runs the
 * predictions through the ObjectStore and ends SUCCEEDED (or FAILED when there is no input or the
 * output cannot be written). Other JobService jobs are UNIMPLEMENTED.
 */

type JobState =
  | 'JOB_STATE_PENDING'
  | 'JOB_STATE_RUNNING'
  | 'JOB_STATE_SUCCEEDED'
  | 'JOB_STATE_FAILED'
  | 'JOB_STATE_CANCELLING'
  | 'JOB_STATE_CANCELLED';

const TERMINAL: JobState[] = ['JOB_STATE_SUCCEEDED', 'JOB_STATE_FAILED', 'JOB_STATE_CANCELLED'];
/** Start, then predict-and-finish. */
const STEPS = 2;

export interface BatchJobRecord {
  name: string;
  id: string;
  input: BatchPredictionJobInput;
  model: ModelRecord;
  version: ModelVersion;
  outcome: Outcome | undefined;
  state: JobState;
  createTime: Date;
  startTime?: Date;
  endTime?: Date;
  updateTime: Date;
  error?: ProtoStatus;
  outputDirectory?: string;
  successful?: number;
  failed?: number;
  ticks: number;
  /** The prediction in flight, so concurrent polls do not run it twice. */
  running?: Promise<void>;
}

export interface BatchPredictionJobsDeps {
  scope: Scope;
  scripts: Scripts;
  operations: OperationStore;
  models: Models;
  store: ObjectStore;
  ids: IdSource;
  now: () => Date;
  predictor: () => Predictor;
  shardSize: number;
  advanceOnPoll: boolean;
}

export class BatchPredictionJobs {
  readonly jobs = new Map<string, BatchJobRecord>();
  private readonly deps: BatchPredictionJobsDeps;

  constructor(deps: BatchPredictionJobsDeps) {
    this.deps = deps;
  }

  handlers() {
    return {
      CreateBatchPredictionJob: (request: unknown) => this.create(request as CreateRequest),
      GetBatchPredictionJob: async (request: unknown) => {
        const job = this.lookup((request as { name?: string }).name, 'aiplatform.batchPredictionJobs.get');
        if (this.deps.advanceOnPoll) await this.tick(job);
        return this.toProto(job);
      },
      ListBatchPredictionJobs: (request: unknown) => this.list(request as ListRequest),
      CancelBatchPredictionJob: (request: unknown) => this.cancel(request as { name?: string }),
      DeleteBatchPredictionJob: (request: unknown) => this.delete(request as { name?: string }),
    };
  }

  async tickAll(): Promise<void> {
    for (const job of this.jobs.values()) await this.tick(job);
  }

  find(name: string): BatchJobRecord | undefined {
    return this.jobs.get(name) ?? [...this.jobs.values()].find((job) => job.id === name);
  }

  toProto(job: BatchJobRecord): Record<string, unknown> {
    return {
      ...job.input,
      name: job.name,
      modelVersionId: job.version.versionId,
      state: job.state,
      createTime: toTimestamp(job.createTime),
      ...(job.startTime ? { startTime: toTimestamp(job.startTime) } : {}),
      ...(job.endTime ? { endTime: toTimestamp(job.endTime) } : {}),
      updateTime: toTimestamp(job.updateTime),
      ...(job.error ? { error: job.error } : {}),
      ...(job.outputDirectory ? { outputInfo: { gcsOutputDirectory: job.outputDirectory } } : {}),
      ...(job.successful !== undefined
        ? {
            completionStats: {
              successfulCount: String(job.successful),
              failedCount: String(job.failed ?? 0),
              incompleteCount: '0',
            },
          }
        : {}),
    };
  }

  private create(request: CreateRequest): Record<string, unknown> {
    const location = this.deps.scope.parseParent(request.parent, 'aiplatform.batchPredictionJobs.create');
    const input = request.batchPredictionJob;
    if (!input) throw invalidArgument('batch_prediction_job is required.', 'batch_prediction_job');
    if (!input.displayName) {
      throw invalidArgument(
        'batch_prediction_job.display_name is required.',
        'batch_prediction_job.display_name',
      );
    }
    if (input.unmanagedContainerModel) {
      throw unimplemented(
        'unmanaged_container_model is not supported by the Vertex AI stand-in; upload a Model.',
      );
    }
    if (!input.model) {
      throw invalidArgument(
        'Exactly one of batch_prediction_job.model and unmanaged_container_model must be set.',
        'batch_prediction_job.model',
      );
    }
    const { model, version } = this.deps.models.resolve(input.model, 'aiplatform.models.get');
    if (model.location.location !== location.location || model.location.project !== location.project) {
      throw invalidArgument(
        `The Model "${input.model}" must be in the same location as the BatchPredictionJob (${request.parent}).`,
        'batch_prediction_job.model',
      );
    }
    checkInput(input);
    checkOutput(input);
    validateLabels(input.labels, 'batch_prediction_job.labels');

    const name = `${this.deps.scope.locationName(location)}/batchPredictionJobs/${this.deps.ids.id()}`;
    const id = name.slice(name.lastIndexOf('/') + 1);
    const now = this.deps.now();
    const stored: BatchPredictionJobInput = { ...input };
    for (const field of OUTPUT_ONLY) delete stored[field];
    const outcome = this.deps.scripts.find({
      kind: 'batchPredictionJob',
      name,
      id,
      displayName: input.displayName,
      labels: input.labels ?? {},
    });
    const job: BatchJobRecord = {
      name,
      id,
      input: stored,
      model,
      version,
      outcome,
      state: 'JOB_STATE_PENDING',
      createTime: now,
      updateTime: now,
      ticks: 0,
    };
    this.jobs.set(name, job);
    return this.toProto(job);
  }

  /** One poll (or timer tick) of a job. */
  async tick(job: BatchJobRecord): Promise<void> {
    if (job.running) return job.running;
    if (TERMINAL.includes(job.state)) return;
    const now = this.deps.now();
    if (job.state === 'JOB_STATE_CANCELLING') {
      this.end(job, 'JOB_STATE_CANCELLED', { code: 1, message: 'CANCELED' });
      return;
    }
    job.ticks++;
    const due = stepsDone(job.ticks, STEPS, job.outcome);
    if (due >= 1 && job.state === 'JOB_STATE_PENDING') {
      job.state = 'JOB_STATE_RUNNING';
      job.startTime = now;
      job.updateTime = now;
    }
    if (due >= STEPS) {
      job.running = this.finish(job).finally(() => {
        job.running = undefined;
      });
      await job.running;
    }
  }

  private async finish(job: BatchJobRecord): Promise<void> {
    const outcome = job.outcome;
    if (outcome && 'failAtTask' in outcome) {
      this.end(job, 'JOB_STATE_FAILED', {
        code: outcome.code ?? 13,
        message: outcome.message ?? 'Internal error occurred.',
      });
      return;
    }
    try {
      const result = await runBatchPrediction({
        store: this.deps.store,
        job: job.input,
        model: {
          name: job.model.name,
          displayName: job.version.input.displayName ?? '',
          versionId: job.version.versionId,
          ...(job.version.input.artifactUri ? { artifactUri: job.version.input.artifactUri } : {}),
          labels: job.version.input.labels ?? {},
        },
        predictor: this.deps.predictor(),
        createTime: job.createTime,
        shardSize: this.deps.shardSize,
      });
      if (job.state !== 'JOB_STATE_RUNNING') return; // cancelled while predicting
      job.outputDirectory = result.outputDirectory;
      job.successful = result.successful;
      job.failed = result.failed;
      this.end(job, 'JOB_STATE_SUCCEEDED');
    } catch (error) {
      const code = error instanceof BatchRunError ? error.code : 13;
      this.end(job, 'JOB_STATE_FAILED', { code, message: (error as Error).message });
    }
  }

  private end(job: BatchJobRecord, state: JobState, error?: ProtoStatus): void {
    const now = this.deps.now();
    job.state = state;
    job.endTime = now;
    job.updateTime = now;
    if (error) job.error = error;
  }

  private list(request: ListRequest): Record<string, unknown> {
    const location = this.deps.scope.parseParent(request.parent, 'aiplatform.batchPredictionJobs.list');
    const prefix = `${this.deps.scope.locationName(location)}/batchPredictionJobs/`;
    const matches = compileFilter(request.filter, LIST_FILTER);
    const selected = [...this.jobs.values()].filter((job) => job.name.startsWith(prefix) && matches(job));
    const sorted = sortBy(selected, undefined, ORDER_FIELDS, 'create_time desc');
    const page = paginate(sorted, request, `${prefix}|${request.filter ?? ''}`);
    return {
      batchPredictionJobs: page.items.map((job) => this.toProto(job)),
      nextPageToken: page.nextPageToken,
    };
  }

  private cancel(request: { name?: string }): Record<string, unknown> {
    const job = this.lookup(request.name, 'aiplatform.batchPredictionJobs.cancel');
    if (TERMINAL.includes(job.state)) {
      throw failedPrecondition(
        `The BatchPredictionJob "${job.name}" is in state ${job.state} and cannot be canceled.`,
      );
    }
    job.state = 'JOB_STATE_CANCELLING';
    job.updateTime = this.deps.now();
    return {};
  }

  private delete(request: { name?: string }): Record<string, unknown> {
    const job = this.lookup(request.name, 'aiplatform.batchPredictionJobs.delete');
    if (!TERMINAL.includes(job.state)) {
      throw failedPrecondition(
        `The BatchPredictionJob "${job.name}" is in state ${job.state}; only finished jobs can be deleted.`,
      );
    }
    this.jobs.delete(job.name);
    return this.deps.operations.start(
      `${job.name}/operations/${this.deps.ids.id()}`,
      'google.cloud.aiplatform.v1.DeleteOperationMetadata',
      () => ({ response: anyOf('google.protobuf.Empty') }),
    );
  }

  private lookup(name: string | undefined, permission: string): BatchJobRecord {
    const ref = this.deps.scope.parseName(name, 'batchPredictionJobs', permission);
    const job = this.jobs.get(`${this.deps.scope.locationName(ref)}/batchPredictionJobs/${ref.id}`);
    if (!job) throw notFound(`The BatchPredictionJob "${name}" does not exist.`);
    return job;
  }
}

interface CreateRequest {
  parent?: string;
  batchPredictionJob?: BatchPredictionJobInput;
}

const OUTPUT_ONLY = [
  'name',
  'modelVersionId',
  'outputInfo',
  'state',
  'error',
  'partialFailures',
  'resourcesConsumed',
  'completionStats',
  'createTime',
  'startTime',
  'endTime',
  'updateTime',
];

const LIST_FILTER: FilterSpec<BatchJobRecord> = {
  fields: {
    display_name: { kind: 'string', get: (job) => job.input.displayName ?? '' },
    model_display_name: { kind: 'string', get: (job) => job.version.input.displayName ?? '' },
    state: { kind: 'enum', get: (job) => job.state },
    create_time: { kind: 'time', get: (job) => job.createTime },
  },
  labels: (job) => job.input.labels ?? {},
};

const ORDER_FIELDS: OrderFields<BatchJobRecord> = { create_time: (job) => job.createTime };
