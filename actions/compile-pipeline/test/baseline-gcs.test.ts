// A gs:// baseline, read by the built bundle with the real @google-cloud/storage client from the
// Cloud Storage stand-in.
import { GcsStandIn } from '@mlops-actions/emulators';
import { runBuiltAction } from '@mlops-actions/runner';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editedSeed, put, removeCreated, seedText, workspace } from './workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;
let standIn: GcsStandIn;

beforeAll(async () => {
  standIn = await new GcsStandIn().start();
  standIn.store.createBucket('mlops-pipelines');
  const previous = editedSeed((job) => {
    job.pipelineSpec.deploymentSpec.executors.Trainer_executor.container.image =
      'gcr.io/gcp-ml-172005/img-classification:v1';
  });
  await standIn.store.write('mlops-pipelines', 'img-classification/pipeline.json', Buffer.from(previous));
});
afterAll(() => standIn.stop());
afterEach(() => {
  standIn.faults.clear();
  removeCreated();
});

const run = (baseline: string) => {
  const ws = workspace();
  put(ws, 'pipeline.json', seedText());
  return runBuiltAction({
    actionDir,
    workspace: ws,
    inputs: { spec: 'pipeline.json', baseline },
    env: standIn.environment(),
  });
};

describe('compile-pipeline with a gs:// baseline (built bundle, Cloud Storage stand-in)', () => {
  it('diffs against the object', async () => {
    const result = await run('gs://mlops-pipelines/img-classification/pipeline.json');
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(
      '#### Changes since the baseline gs://mlops\\-pipelines/img\\-classification/pipeline\\.json',
    );
    expect(result.summary).toContain(
      '| `Trainer` | `gcr.io/gcp-ml-172005/img-classification:v1` | `gcr.io/gcp-ml-172005/img-classification` |',
    );
  });

  it('warns when the object does not exist yet, and fails when the bucket does not', async () => {
    const missing = await run('gs://mlops-pipelines/img-classification/none.json');
    expect(missing.exitCode).toBe(0);
    expect(missing.annotations.at(-1)).toMatchObject({
      level: 'warning',
      message:
        'The baseline "gs://mlops-pipelines/img-classification/none.json" does not exist (yet), so there is no diff.',
    });
    const noBucket = await run('gs://no-such-bucket/pipeline.json');
    expect(noBucket.exitCode).toBe(1);
    expect(noBucket.annotations.at(-1)?.message).toBe(
      'compile-pipeline: The bucket of gs://no-such-bucket/pipeline.json does not exist (or the credentials in use cannot see it).',
    );
  });

  it('says what to do when Cloud Storage refuses to read the baseline (403)', async () => {
    // Cloud Storage's own answer to an account without storage.objects.get on the bucket.
    standIn.faults.add({
      method: 'GET',
      route: '/^.*/b/mlops-pipelines/o/',
      times: 10,
      action: {
        kind: 'status',
        status: 403,
        body: {
          error: {
            code: 403,
            message:
              "ci@my-project.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' denied on resource (or it may not exist).",
            errors: [{ domain: 'global', reason: 'forbidden', message: 'denied' }],
          },
        },
      },
    });
    const result = await run('gs://mlops-pipelines/img-classification/pipeline.json');
    expect(result.exitCode).toBe(1);
    const message = result.annotations.at(-1)?.message ?? '';
    expect(message).toContain('gs://mlops-pipelines/img-classification/pipeline.json');
    expect(message).toContain('does not have storage.objects.get access');
    expect(message).toContain(
      'The service account in use needs the Storage Object User role (roles/storage.objectUser) on the bucket (grant it to the account google-github-actions/auth impersonates).',
    );
  });
});
