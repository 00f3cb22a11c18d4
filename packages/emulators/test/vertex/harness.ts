import { readFileSync } from 'node:fs';
import {
  helpers,
  JobServiceClient,
  ModelServiceClient,
  PipelineServiceClient,
  type protos,
} from '@google-cloud/aiplatform';
import { seedFixture } from '@mlops-actions/testing';
import { VertexStandIn, type VertexStandInOptions, vertexClientOptions } from '../../src/vertex/index.ts';
import { MemoryStore } from './memory-store.ts';

export const PARENT = 'projects/demo-project/locations/us-central1';

type PipelineJob = protos.google.cloud.aiplatform.v1.IPipelineJob;

/** The real TFX-compiled PipelineJob (shared fixture, read as it is). */
export function fixtureJob(): {
  displayName: string;
  labels: Record<string, string>;
  pipelineSpec: Record<string, unknown>;
  runtimeConfig: { gcsOutputDirectory: string };
} {
  return JSON.parse(readFileSync(seedFixture('img-classification.pipeline.json'), 'utf8'));
}

/**
 * A JSON pipeline job (as compiled) in the shape the gRPC client takes: pipelineSpec is a
 * google.protobuf.Struct, which the client wants as `{fields: …}` (helpers.toValue(...).structValue);
 * a plain object there is silently sent as an empty Struct.
 */
export function asRequestJob(
  job: { pipelineSpec: Record<string, unknown> } & Record<string, unknown>,
): PipelineJob {
  const spec = helpers.toValue(job.pipelineSpec) as { structValue: protos.google.protobuf.IStruct };
  return { ...job, pipelineSpec: spec.structValue } as PipelineJob;
}

/** A small KFP 2.1.0 spec (parameterType style) with three tasks: a → b, a → c. */
export function kfpSpec(parameters: Record<string, Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.7.0',
    pipelineInfo: { name: 'tiny-pipeline' },
    root: {
      inputDefinitions: { parameters },
      dag: {
        tasks: {
          a: { componentRef: { name: 'comp-a' }, taskInfo: { name: 'a' } },
          b: { componentRef: { name: 'comp-b' }, dependentTasks: ['a'], taskInfo: { name: 'b' } },
          c: { componentRef: { name: 'comp-b' }, dependentTasks: ['a'], taskInfo: { name: 'c' } },
        },
      },
    },
    components: {
      'comp-a': { executorLabel: 'exec-a' },
      'comp-b': { executorLabel: 'exec-b' },
    },
    deploymentSpec: {
      executors: {
        'exec-a': { container: { image: 'python:3.11', command: ['true'] } },
        'exec-b': { container: { image: 'python:3.11', command: ['true'] } },
      },
    },
  };
}

export interface Harness {
  standIn: VertexStandIn;
  store: MemoryStore;
  pipelines: PipelineServiceClient;
  jobs: JobServiceClient;
  models: ModelServiceClient;
  close(): Promise<void>;
}

/** A started stand-in with the three real clients pointed at it. */
export async function startHarness(options: Partial<VertexStandInOptions> = {}): Promise<Harness> {
  const store = new MemoryStore();
  const standIn = await new VertexStandIn({ store, ...options }).start();
  const pipelines = new PipelineServiceClient(vertexClientOptions(standIn));
  const jobs = new JobServiceClient(vertexClientOptions(standIn));
  const models = new ModelServiceClient(vertexClientOptions(standIn));
  return {
    standIn,
    store,
    pipelines,
    jobs,
    models,
    async close() {
      await Promise.all([pipelines.close(), jobs.close(), models.close()]);
      await standIn.stop();
    },
  };
}

/** Polls GetPipelineJob until the job is terminal; returns every state seen and the last job. */
export async function followPipelineJob(
  client: PipelineServiceClient,
  name: string,
  maxPolls = 50,
): Promise<{ states: string[]; job: PipelineJob }> {
  const states: string[] = [];
  for (let i = 0; i < maxPolls; i++) {
    const [job] = await client.getPipelineJob({ name });
    states.push(String(job.state));
    if (
      ['PIPELINE_STATE_SUCCEEDED', 'PIPELINE_STATE_FAILED', 'PIPELINE_STATE_CANCELLED'].includes(
        String(job.state),
      )
    ) {
      return { states, job };
    }
  }
  throw new Error(`${name} did not finish in ${maxPolls} polls: ${states.join(', ')}`);
}

/** The gRPC code and message of a rejected call. */
export async function rejection(
  call: Promise<unknown>,
): Promise<{ code: number; details: string; fields: string[] }> {
  try {
    await call;
  } catch (error) {
    const { code, details, statusDetails } = error as {
      code: number;
      details: string;
      statusDetails?: { fieldViolations?: { field: string }[] }[];
    };
    const fields = (statusDetails ?? []).flatMap((detail) =>
      (detail.fieldViolations ?? []).map((v) => v.field),
    );
    return { code, details, fields };
  }
  throw new Error('expected the call to be rejected');
}
