import { status } from '@grpc/grpc-js';
import type { IdSource } from './ids.ts';
import { validateLabels } from './labels.ts';
import { compileFilter, type FilterSpec } from './list-filter.ts';
import { type OrderFields, paginate, sortBy } from './list-pages.ts';
import { anyOf, type OperationStore } from './operations.ts';
import { checkRuntimeParameters } from './pipeline-parameters.ts';
import { PipelineRun } from './pipeline-run.ts';
import { type PipelineSpecSummary, parsePipelineSpec } from './pipeline-spec.ts';
import type { ListRequest, PipelineJobInput } from './proto-types.ts';
import { structToJson, toTimestamp } from './proto-values.ts';
import type { Scope } from './resource-names.ts';
import type { Scripts, ScriptTarget } from './scripts.ts';
import { alreadyExists, failedPrecondition, invalidArgument, notFound, VertexError } from './vertex-error.ts';

/** google.cloud.aiplatform.v1.PipelineService: PipelineJobs (TrainingPipelines are UNIMPLEMENTED). */

export interface PipelineJobRecord {
  name: string;
  id: string;
  createTime: Date;
  input: PipelineJobInput;
  spec: PipelineSpecSummary;
  run: PipelineRun;
}

/** Documented on CreatePipelineJobRequest: lowercase letters, digits and `-`, under 128 characters. */
const JOB_ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const MAX_DISPLAY_NAME = 128;

/** Output-only fields a caller may send back (e.g. a fetched job) that the service ignores. */
const OUTPUT_ONLY = [
  'name',
  'createTime',
  'startTime',
  'endTime',
  'updateTime',
  'state',
  'jobDetail',
  'error',
  'templateMetadata',
  'scheduleName',
];

export interface PipelineJobsDeps {
  scope: Scope;
  scripts: Scripts;
  operations: OperationStore;
  ids: IdSource;
  now: () => Date;
  advanceOnPoll: boolean;
}

export class PipelineJobs {
  readonly jobs = new Map<string, PipelineJobRecord>();
  private readonly deps: PipelineJobsDeps;

  constructor(deps: PipelineJobsDeps) {
    this.deps = deps;
  }

  handlers() {
    return {
      CreatePipelineJob: (request: unknown) => this.create(request as CreateRequest),
      GetPipelineJob: (request: unknown) => this.get(request as { name?: string }),
      ListPipelineJobs: (request: unknown) => this.list(request as ListRequest),
      CancelPipelineJob: (request: unknown) => this.cancel(request as { name?: string }),
      DeletePipelineJob: (request: unknown) => this.delete(request as { name?: string }),
    };
  }

  /** Advances every unfinished job one tick (the time-driven mode and `standIn.advance()`). */
  tickAll(): void {
    const now = this.deps.now();
    for (const job of this.jobs.values()) job.run.tick(now);
  }

  find(name: string): PipelineJobRecord | undefined {
    return this.jobs.get(name) ?? [...this.jobs.values()].find((job) => job.id === name);
  }

  toProto(job: PipelineJobRecord, view: 'full' | 'list' = 'full'): Record<string, unknown> {
    const { run } = job;
    return {
      ...job.input,
      name: job.name,
      createTime: toTimestamp(job.createTime),
      ...(run.startTime ? { startTime: toTimestamp(run.startTime) } : {}),
      ...(run.endTime ? { endTime: toTimestamp(run.endTime) } : {}),
      updateTime: toTimestamp(run.updateTime),
      state: run.state,
      // The list view leaves out job_detail, as Vertex AI does.
      ...(view === 'full' && run.hasDetail ? { jobDetail: { taskDetails: run.taskDetails() } } : {}),
      ...(run.error ? { error: run.error } : {}),
    };
  }

  private create(request: CreateRequest): Record<string, unknown> {
    const location = this.deps.scope.parseParent(request.parent, 'aiplatform.pipelineJobs.create');
    const input = request.pipelineJob;
    if (!input) throw invalidArgument('pipeline_job is required.', 'pipeline_job');
    const id = request.pipelineJobId || this.deps.ids.id();
    if (!JOB_ID.test(id)) {
      throw invalidArgument(
        `Invalid pipeline_job_id "${id}": it must be less than 128 characters and use only lowercase letters, digits and "-", starting with a letter or digit.`,
        'pipeline_job_id',
      );
    }
    if ((input.displayName ?? '').length > MAX_DISPLAY_NAME) {
      throw invalidArgument(
        'pipeline_job.display_name must be at most 128 characters.',
        'pipeline_job.display_name',
      );
    }
    validateLabels(input.labels, 'pipeline_job.labels');
    const spec = parsePipelineSpec(structToJson(input.pipelineSpec));
    checkRuntimeParameters(spec, input.runtimeConfig);
    checkOutputDirectory(input.runtimeConfig?.gcsOutputDirectory, spec);
    const name = `${this.deps.scope.locationName(location)}/pipelineJobs/${id}`;
    if (this.jobs.has(name)) throw alreadyExists('Pipeline job with the specified ID already exists.');

    const stored: PipelineJobInput = { ...input };
    for (const field of OUTPUT_ONLY) delete stored[field];
    const now = this.deps.now();
    const target: ScriptTarget = {
      kind: 'pipelineJob',
      name,
      id,
      displayName: input.displayName ?? '',
      labels: input.labels ?? {},
    };
    const run = scriptedRun(
      () =>
        new PipelineRun({
          pipelineName: spec.pipelineName,
          tasks: spec.tasks,
          outcome: this.deps.scripts.find(target),
          failFast: input.runtimeConfig?.failurePolicy === 'PIPELINE_FAILURE_POLICY_FAIL_FAST',
          project: location.project,
          nextTaskId: () => this.deps.ids.id(),
          now,
        }),
    );
    const job: PipelineJobRecord = { name, id, createTime: now, input: stored, spec, run };
    this.jobs.set(name, job);
    return this.toProto(job);
  }

  private get(request: { name?: string }): Record<string, unknown> {
    const job = this.lookup(request.name, 'aiplatform.pipelineJobs.get');
    if (this.deps.advanceOnPoll) job.run.tick(this.deps.now());
    return this.toProto(job);
  }

  private list(request: ListRequest): Record<string, unknown> {
    const location = this.deps.scope.parseParent(request.parent, 'aiplatform.pipelineJobs.list');
    const prefix = `${this.deps.scope.locationName(location)}/pipelineJobs/`;
    const matches = compileFilter(request.filter, LIST_FILTER);
    const selected = [...this.jobs.values()].filter((job) => job.name.startsWith(prefix) && matches(job));
    // Default order, per ListPipelineJobsRequest.order_by: create time, newest first.
    const sorted = sortBy(selected, request.orderBy, ORDER_FIELDS, 'create_time desc');
    const page = paginate(sorted, request, `${prefix}|${request.filter ?? ''}|${request.orderBy ?? ''}`);
    return {
      pipelineJobs: page.items.map((job) => this.toProto(job, 'list')),
      nextPageToken: page.nextPageToken,
    };
  }

  private cancel(request: { name?: string }): Record<string, unknown> {
    const job = this.lookup(request.name, 'aiplatform.pipelineJobs.cancel');
    if (job.run.terminal) {
      throw failedPrecondition(
        `The PipelineJob "${job.name}" is in state ${job.run.state} and cannot be canceled.`,
      );
    }
    job.run.cancel(this.deps.now());
    return {};
  }

  private delete(request: { name?: string }): Record<string, unknown> {
    const job = this.lookup(request.name, 'aiplatform.pipelineJobs.delete');
    if (!job.run.terminal) {
      throw failedPrecondition(
        `The PipelineJob "${job.name}" is in state ${job.run.state} and cannot be deleted; cancel it first.`,
      );
    }
    this.jobs.delete(job.name);
    return this.deps.operations.start(
      `${job.name}/operations/${this.deps.ids.id()}`,
      'google.cloud.aiplatform.v1.DeleteOperationMetadata',
      () => ({ response: anyOf('google.protobuf.Empty') }),
    );
  }

  private lookup(name: string | undefined, permission: string): PipelineJobRecord {
    const ref = this.deps.scope.parseName(name, 'pipelineJobs', permission);
    const canonical = `${this.deps.scope.locationName(ref)}/pipelineJobs/${ref.id}`;
    const job = this.jobs.get(canonical);
    if (!job) throw notFound(`The PipelineJob "${name}" does not exist.`);
    return job;
  }
}

/** A script that names a task the pipeline lacks is the test's mistake: say so in the answer. */
function scriptedRun(create: () => PipelineRun): PipelineRun {
  try {
    return create();
  } catch (error) {
    throw new VertexError(status.INTERNAL, `Vertex AI stand-in script: ${(error as Error).message}`);
  }
}

interface CreateRequest {
  parent?: string;
  pipelineJob?: PipelineJobInput;
  pipelineJobId?: string;
}

/** runtime_config.gcs_output_directory is required (a KFP spec's defaultPipelineRoot stands in). */
function checkOutputDirectory(directory: string | undefined, spec: PipelineSpecSummary): void {
  const field = 'pipeline_job.runtime_config.gcs_output_directory';
  const effective = directory || spec.defaultPipelineRoot;
  if (!effective) {
    throw invalidArgument(
      'runtime_config.gcs_output_directory is required: the pipeline root under which Vertex AI writes outputs.',
      field,
    );
  }
  if (!/^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](\/.*)?$/.test(effective)) {
    throw invalidArgument(`Invalid Cloud Storage URI for gcs_output_directory: "${effective}".`, field);
  }
}

const LIST_FILTER: FilterSpec<PipelineJobRecord> = {
  fields: {
    pipeline_name: { kind: 'string', get: (job) => job.spec.pipelineName },
    display_name: { kind: 'string', get: (job) => job.input.displayName ?? '' },
    pipeline_job_user_id: { kind: 'string', get: (job) => job.id },
    state: { kind: 'enum', get: (job) => job.run.state },
    create_time: { kind: 'time', get: (job) => job.createTime },
    update_time: { kind: 'time', get: (job) => job.run.updateTime },
    end_time: { kind: 'time', get: (job) => job.run.endTime },
    template_uri: { kind: 'string', get: (job) => (job.input.templateUri as string | undefined) ?? '' },
  },
  labels: (job) => job.input.labels ?? {},
};

const ORDER_FIELDS: OrderFields<PipelineJobRecord> = {
  create_time: (job) => job.createTime,
  update_time: (job) => job.run.updateTime,
  end_time: (job) => job.run.endTime,
  start_time: (job) => job.run.startTime,
};
