import { Server, ServerCredentials } from '@grpc/grpc-js';
import { FaultInjector } from '../faults.ts';
import type { ObjectStore } from '../object-store.ts';
import { BatchPredictionJobs } from './batch-prediction-jobs.ts';
import { type Predictor, toyPredictor } from './batch-prediction-run.ts';
import { ControlServer } from './control-api.ts';
import { type CallRecord, implement } from './grpc-service.ts';
import { IdSource } from './ids.ts';
import { Models } from './models.ts';
import { OperationStore } from './operations.ts';
import { PipelineJobs } from './pipeline-jobs.ts';
import { vertexServices } from './protos.ts';
import { Scope } from './resource-names.ts';
import { type Outcome, type ScriptMatcher, Scripts } from './scripts.ts';

export interface VertexStandInOptions {
  /** Where batch prediction jobs read instances and write results: the Cloud Storage stand-in's store. */
  store: ObjectStore;
  /** When set, only this project (or projectNumber) is served; others get PERMISSION_DENIED. */
  project?: string;
  /** When set, only this location is served, as a regional endpoint does. */
  location?: string;
  /** When set, resource names come back with this number in place of the project id, as on Vertex AI. */
  projectNumber?: string;
  /** Also advance every job and operation on a timer (ms); by default only polls advance them. */
  advanceEveryMs?: number;
  /** Whether each Get of a job (and GetOperation) advances it (default true); false leaves it to the timer. */
  advanceOnPoll?: boolean;
  /** GetOperation calls before an operation is done (default 1: the first poll finds it done). */
  operationPolls?: number;
  /** Predictions per `prediction.results-*` file (default 1000). */
  batchShardSize?: number;
  /** Seed for fault rules drawn by `fraction`. */
  seed?: number;
}

/**
 * A Vertex AI stand-in: a gRPC server on 127.0.0.1 built from the .proto files that
 * @google-cloud/aiplatform ships, serving PipelineService (pipeline jobs), JobService (batch
 * prediction jobs), ModelService (upload/get/list) and google.longrunning.Operations, with fault
 * injection on every RPC and scripted job outcomes. Connect the real clients with
 * `vertexClientOptions(standIn)`.
 */
export class VertexStandIn {
  /** Fault rules, matched by gRPC method name and full path (`/google.cloud.aiplatform.v1.PipelineService/CreatePipelineJob`). */
  readonly faults: FaultInjector;
  /** Every RPC answered, in order, with its status code. */
  readonly calls: CallRecord[] = [];
  readonly store: ObjectStore;
  port = 0;

  private readonly scripts = new Scripts();
  private readonly pipelineJobs: PipelineJobs;
  private readonly batchJobs: BatchPredictionJobs;
  private readonly models: Models;
  private readonly operations: OperationStore;
  private readonly control: ControlServer;
  private readonly advanceEveryMs: number | undefined;
  private predictor: Predictor = toyPredictor;
  private server: Server | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastTime = 0;

  constructor(options: VertexStandInOptions) {
    this.store = options.store;
    this.faults = new FaultInjector(options.seed);
    this.advanceEveryMs = options.advanceEveryMs;
    const scope = new Scope(options);
    const ids = new IdSource();
    const now = () => this.now();
    const advanceOnPoll = options.advanceOnPoll ?? true;
    this.operations = new OperationStore(options.operationPolls ?? 1, now, advanceOnPoll);
    this.pipelineJobs = new PipelineJobs({
      scope,
      scripts: this.scripts,
      operations: this.operations,
      ids,
      now,
      advanceOnPoll,
    });
    this.models = new Models({ scope, operations: this.operations, ids, now });
    this.batchJobs = new BatchPredictionJobs({
      scope,
      scripts: this.scripts,
      operations: this.operations,
      models: this.models,
      store: options.store,
      ids,
      now,
      predictor: () => this.predictor,
      shardSize: options.batchShardSize ?? 1000,
      advanceOnPoll,
    });
    this.control = new ControlServer({
      faults: this.faults,
      script: (job, outcome) => this.script(job, outcome),
      clearScripts: () => this.clearScripts(),
      advance: (ticks) => this.advance(ticks),
      jobStates: () => ({
        pipelineJobs: [...this.pipelineJobs.jobs.values()].map((job) => ({
          name: job.name,
          state: job.run.state,
        })),
        batchPredictionJobs: [...this.batchJobs.jobs.values()].map((job) => ({
          name: job.name,
          state: job.state,
        })),
      }),
    });
  }

  /** `127.0.0.1:<port>`: what a gRPC client dials. */
  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The HTTP control API (faults, scripts, advance, jobs). */
  get controlUrl(): string {
    return `http://127.0.0.1:${this.control.port}`;
  }

  /** Starts the gRPC server (and the control API on `controlPort`) on 127.0.0.1; 0 picks free ports. */
  async start(port = 0, controlPort = 0): Promise<this> {
    const services = vertexServices();
    const server = new Server();
    server.addService(
      services.pipeline,
      implement(services.pipeline, this.pipelineJobs.handlers(), this.faults, this.calls),
    );
    server.addService(
      services.job,
      implement(services.job, this.batchJobs.handlers(), this.faults, this.calls),
    );
    server.addService(
      services.model,
      implement(services.model, this.models.handlers(), this.faults, this.calls),
    );
    server.addService(
      services.operations,
      implement(services.operations, this.operations.handlers(), this.faults, this.calls),
    );
    this.port = await new Promise<number>((resolve, reject) => {
      server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      );
    });
    this.server = server;
    await this.control.start(controlPort);
    if (this.advanceEveryMs) {
      this.timer = setInterval(() => {
        this.advance().catch((error: unknown) =>
          process.emitWarning(`Vertex AI stand-in tick: ${String(error)}`),
        );
      }, this.advanceEveryMs);
      this.timer.unref();
    }
    return this;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const server = this.server;
    this.server = undefined;
    if (server) server.forceShutdown(); // clients may hold channels open; do not wait for them
    await this.control.stop();
  }

  /**
   * Scripts how matching jobs end: a job id (the pipelineJobId, or a batch job's numeric id), a full
   * name, or a predicate over the job being created. The newest matching script wins; it applies to
   * jobs created afterwards.
   */
  script(job: ScriptMatcher, outcome: Outcome): void {
    this.scripts.add(job, outcome);
  }

  clearScripts(): void {
    this.scripts.clear();
  }

  /** Replaces the batch prediction predictor (default: a deterministic toy score). */
  setPredictor(predictor: Predictor): void {
    this.predictor = predictor;
  }

  /** Moves every job and operation on by `ticks` polls, as if each had been polled. */
  async advance(ticks = 1): Promise<void> {
    for (let i = 0; i < ticks; i++) {
      this.pipelineJobs.tickAll();
      await this.batchJobs.tickAll();
      await this.operations.tickAll();
    }
  }

  /** A pipeline job as GetPipelineJob would return it (without counting as a poll), by id or name. */
  pipelineJob(idOrName: string): Record<string, unknown> | undefined {
    const job = this.pipelineJobs.find(idOrName);
    return job ? this.pipelineJobs.toProto(job) : undefined;
  }

  /** A batch prediction job as GetBatchPredictionJob would return it (without counting as a poll). */
  batchPredictionJob(idOrName: string): Record<string, unknown> | undefined {
    const job = this.batchJobs.find(idOrName);
    return job ? this.batchJobs.toProto(job) : undefined;
  }

  /** Strictly increasing wall-clock time, so create times order jobs even within one millisecond. */
  private now(): Date {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return new Date(this.lastTime);
  }
}
