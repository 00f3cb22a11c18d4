// Runs the built trigger-vertex bundle through packages/runner on Node 24 against the Vertex AI
// stand-in (the real @google-cloud/aiplatform client inside the action talks to it over gRPC).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GcsStandIn, VertexStandIn } from '@mlops-actions/emulators';
import { type RunBuiltActionOptions, type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { seedFixture } from '@mlops-actions/testing';

export const actionDir = new URL('..', import.meta.url).pathname;
export const fixtures = new URL('./fixtures/', import.meta.url).pathname;
/** The real TFX-compiled PipelineJob (schema 2.0.0, 9 tasks), shared by every test in the repository. */
export const TFX_JOB = seedFixture('img-classification.pipeline.json');
export const PROJECT = 'demo-project';
export const REGION = 'us-central1';
export const PARENT = `projects/${PROJECT}/locations/${REGION}`;
export const RUN_ID = '4242424242';

export interface StandIns {
  vertex: VertexStandIn;
  gcs: GcsStandIn;
  stop(): Promise<void>;
}

export async function startStandIns(): Promise<StandIns> {
  const gcs = await new GcsStandIn().start();
  const vertex = await new VertexStandIn({ store: gcs.store, project: PROJECT, location: REGION }).start();
  return {
    vertex,
    gcs,
    async stop() {
      await vertex.stop();
      await gcs.stop();
    },
  };
}

const workspaces: string[] = [];

/** A workspace holding the given fixtures (by file name, or the TFX job as `pipeline.json`). */
export function workspaceWith(...files: string[]): string {
  const workspace = mkdtempSync(join(tmpdir(), 'trigger-vertex-'));
  workspaces.push(workspace);
  for (const file of files) {
    if (file === 'pipeline.json') copyFileSync(TFX_JOB, join(workspace, 'pipeline.json'));
    else copyFileSync(join(fixtures, file), join(workspace, file));
  }
  return workspace;
}

export function removeWorkspaces(): void {
  for (const workspace of workspaces.splice(0)) rmSync(workspace, { recursive: true, force: true });
}

export interface TriggerOptions extends Partial<RunBuiltActionOptions> {
  vertex?: VertexStandIn;
}

/** Runs the action with project, region and the stand-in's endpoint filled in. */
export function trigger(inputs: Record<string, string>, options: TriggerOptions = {}): Promise<RunResult> {
  const { vertex, ...rest } = options;
  return runBuiltAction({
    actionDir,
    ...rest,
    inputs: {
      project: PROJECT,
      region: REGION,
      ...(vertex ? { 'api-endpoint': vertex.endpoint } : {}),
      ...inputs,
    },
    env: { GITHUB_RUN_ID: RUN_ID, ...rest.env },
  });
}

export const errors = (result: RunResult) =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** How many pipeline jobs the stand-in created (successful CreatePipelineJob calls). */
export function createdJobs(vertex: VertexStandIn): number {
  return vertex.calls.filter((call) => call.method === 'CreatePipelineJob' && call.code === 0).length;
}
