import { GcsStandIn, VertexStandIn } from '@mlops-actions/emulators';
import type { Clock } from '../src/clock.ts';
import { connectVertex, type VertexConnection } from '../src/connection.ts';

export const PROJECT = 'demo-project';
export const REGION = 'us-central1';
export const PARENT = `projects/${PROJECT}/locations/${REGION}`;

export interface Harness {
  vertex: VertexStandIn;
  gcs: GcsStandIn;
  connection: VertexConnection;
  close(): Promise<void>;
}

/** The Vertex AI stand-in and a connection to it through the real clients. */
export async function startHarness(): Promise<Harness> {
  const gcs = await new GcsStandIn().start();
  const vertex = await new VertexStandIn({ store: gcs.store }).start();
  const connection = await connectVertex({
    project: PROJECT,
    region: REGION,
    endpoint: { host: '127.0.0.1', port: vertex.port, local: true },
  });
  return {
    vertex,
    gcs,
    connection,
    async close() {
      await connection.close();
      await vertex.stop();
      await gcs.stop();
    },
  };
}

export interface FakeClock extends Clock {
  /** Every wait asked for, in order. */
  readonly sleeps: number[];
  /** The fake time of every status call. */
  readonly calls: number[];
}

/**
 * Time that passes only when someone sleeps: hours of polling in milliseconds. With `realShare`,
 * each sleep also really waits that share of its time, for tests that race the stand-in.
 */
export function fakeClock(realShare = 0): FakeClock {
  let now = 1_700_000_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    calls: [],
    now: () => now,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
      if (realShare > 0) await new Promise((resolve) => setTimeout(resolve, ms * realShare));
    },
  };
}

/** A small KFP 2.1.0 spec: a → b, a → c, with one integer parameter. */
export function tinySpec(name = 'tiny-pipeline'): Record<string, unknown> {
  return {
    schemaVersion: '2.1.0',
    sdkVersion: 'kfp-2.7.0',
    pipelineInfo: { name },
    defaultPipelineRoot: 'gs://demo-bucket/root',
    root: {
      inputDefinitions: {
        parameters: { epochs: { parameterType: 'NUMBER_INTEGER', defaultValue: 1, isOptional: true } },
      },
      dag: {
        tasks: {
          a: { componentRef: { name: 'comp-a' }, taskInfo: { name: 'a' } },
          b: { componentRef: { name: 'comp-b' }, dependentTasks: ['a'], taskInfo: { name: 'b' } },
          c: { componentRef: { name: 'comp-b' }, dependentTasks: ['a'], taskInfo: { name: 'c' } },
        },
      },
    },
    components: { 'comp-a': { executorLabel: 'exec-a' }, 'comp-b': { executorLabel: 'exec-b' } },
    deploymentSpec: {
      executors: {
        'exec-a': { container: { image: 'python:3.11', command: ['true'] } },
        'exec-b': { container: { image: 'python:3.11', command: ['true'] } },
      },
    },
  };
}
