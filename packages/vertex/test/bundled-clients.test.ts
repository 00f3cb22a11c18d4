// The JobService and ModelService clients as scripts/bundle.mjs ships them in dist/chunks: each
// with only its own service's protos (the bundler trims aiplatform's 4 MB protos.json per client).
// Driven against the stand-in by Node 24 in a child process, so a type the trimming left out — a
// request, a response, a long-running operation's result — fails here. (The PipelineService client
// is exercised by the trigger-vertex tests through the built action.)
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GcsStandIn, VertexStandIn } from '@mlops-actions/emulators';
import { node24Path } from '@mlops-actions/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chunks = new URL('../../../dist/chunks/', import.meta.url).pathname;
const child = new URL('./bundled-clients-child.mjs', import.meta.url).pathname;

function chunk(prefix: string): string {
  const name = readdirSync(chunks).find((file) => file.startsWith(prefix) && file.endsWith('.mjs'));
  if (name === undefined) throw new Error(`no ${prefix}*.mjs in ${chunks}: run node scripts/bundle.mjs`);
  return join(chunks, name);
}

let gcs: GcsStandIn;
let vertex: VertexStandIn;
beforeAll(async () => {
  gcs = await new GcsStandIn().start();
  vertex = await new VertexStandIn({ store: gcs.store }).start();
  gcs.store.createBucket('bundled-in');
  gcs.store.createBucket('bundled-out');
  await gcs.store.write('bundled-in', 'x.jsonl', Buffer.from('{"id":"a"}\n'));
});
afterAll(async () => {
  await vertex.stop();
  await gcs.stop();
});

describe('bundled aiplatform clients', () => {
  it('are small: one service’s protos each', () => {
    for (const prefix of ['job_service_client-', 'model_service_client-']) {
      expect(statSync(chunk(prefix)).size).toBeLessThan(600 * 1024);
    }
  });

  it('upload and get a model, and run a batch prediction job, through the trimmed protos', async () => {
    const { stdout } = await promisify(execFile)(
      node24Path(),
      [child, chunk('model_service_client-'), chunk('job_service_client-')],
      {
        env: { PATH: process.env.PATH ?? '', VERTEX_PORT: String(vertex.port) },
        cwd: new URL('.', import.meta.url).pathname,
      },
    );
    expect(JSON.parse(stdout)).toEqual({
      model: 'projects/demo-project/locations/us-central1/models/bundled',
      displayName: 'bundled-model',
      states: expect.arrayContaining(['JOB_STATE_PENDING', 'JOB_STATE_SUCCEEDED']),
    });
  });
});
