import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, PARENT, rejection, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const container = { imageUri: 'us-docker.pkg.dev/vertex-ai/prediction/tf2-cpu.2-12:latest' };

async function upload(model: Record<string, unknown>, request: Record<string, unknown> = {}) {
  const [operation] = await h.models.uploadModel({
    parent: PARENT,
    model: { containerSpec: container, ...model },
    ...request,
  });
  const [response] = await operation.promise();
  return { operation, response };
}

describe('UploadModel, a long-running operation', () => {
  it('uploads; the model exists once the operation the client polls is done', async () => {
    const [operation] = await h.models.uploadModel({
      parent: PARENT,
      modelId: 'img-classifier',
      model: {
        displayName: 'img-classifier',
        labels: { stage: 'candidate' },
        artifactUri: 'gs://bucket/serving_model/1',
        containerSpec: container,
      },
    });
    expect(operation.name).toMatch(new RegExp(`^${PARENT}/models/img-classifier/operations/\\d+$`));
    expect(operation.done).toBe(false);
    expect((await rejection(h.models.getModel({ name: `${PARENT}/models/img-classifier` }))).code).toBe(
      status.NOT_FOUND,
    );

    const [response, metadata] = await operation.promise();
    expect(response).toMatchObject({ model: `${PARENT}/models/img-classifier`, modelVersionId: '1' });
    expect(metadata?.genericMetadata?.createTime).toBeTruthy();

    const [model] = await h.models.getModel({ name: `${PARENT}/models/img-classifier` });
    expect(model).toMatchObject({
      name: `${PARENT}/models/img-classifier`,
      displayName: 'img-classifier',
      versionId: '1',
      versionAliases: ['default'],
      labels: { stage: 'candidate' },
      artifactUri: 'gs://bucket/serving_model/1',
    });
    expect(model.supportedInputStorageFormats).toContain('jsonl');
    expect(model.createTime?.seconds).toBeTruthy();
  });

  it('generates a numeric id without modelId, and adds versions under parentModel', async () => {
    const { response } = await upload({ displayName: 'versioned' });
    const name = response.model as string;
    expect(name).toMatch(new RegExp(`^${PARENT}/models/\\d{19}$`));
    const second = await upload(
      { displayName: 'versioned', versionAliases: ['challenger'] },
      { parentModel: name },
    );
    expect(second.response).toMatchObject({ model: name, modelVersionId: '2' });

    expect((await h.models.getModel({ name }))[0].versionId).toBe('1'); // the default version
    expect((await h.models.getModel({ name: `${name}@2` }))[0].versionAliases).toEqual(['challenger']);
    expect((await h.models.getModel({ name: `${name}@challenger` }))[0].versionId).toBe('2');
    expect((await rejection(h.models.getModel({ name: `${name}@9` }))).code).toBe(status.NOT_FOUND);

    await upload({ displayName: 'versioned', versionAliases: ['default'] }, { parentModel: name });
    expect((await h.models.getModel({ name }))[0].versionId).toBe('3');
  });

  it('refuses a modelId in use, a bad modelId, a missing display name or container, bad labels', async () => {
    const taken = await rejection(
      h.models.uploadModel({
        parent: PARENT,
        modelId: 'img-classifier',
        model: { displayName: 'x', containerSpec: container },
      }),
    );
    expect(taken.code).toBe(status.ALREADY_EXISTS);
    const invalid = async (request: Record<string, unknown>, field: string) => {
      const answer = await rejection(h.models.uploadModel({ parent: PARENT, ...request }));
      expect(answer.code, answer.details).toBe(status.INVALID_ARGUMENT);
      expect(answer.fields).toContain(field);
    };
    await invalid({ modelId: '9lives', model: { displayName: 'x', containerSpec: container } }, 'model_id');
    await invalid({ model: { containerSpec: container } }, 'model.display_name');
    await invalid({ model: { displayName: 'x' } }, 'model.container_spec.image_uri');
    await invalid(
      { model: { displayName: 'x', containerSpec: container, labels: { Bad: 'x' } } },
      'model.labels',
    );
    await invalid(
      { model: { displayName: 'x', containerSpec: container, artifactUri: '/local/dir' } },
      'model.artifact_uri',
    );
  });
});

describe('ListModels', () => {
  const parent = 'projects/demo-project/locations/asia-east1';
  beforeAll(async () => {
    for (const [id, displayName, stage] of [
      ['m-one', 'alpha', 'prod'],
      ['m-two', 'beta', 'candidate'],
      ['m-three', 'alpha', 'candidate'],
    ] as const) {
      const [operation] = await h.models.uploadModel({
        parent,
        modelId: id,
        model: { displayName, labels: { stage }, containerSpec: container },
      });
      await operation.promise();
    }
  });
  const ids = (models: { name?: string | null }[]) => models.map((model) => model.name?.split('/').pop());

  it('filters on display_name, model id and labels', async () => {
    expect(ids((await h.models.listModels({ parent, filter: 'display_name="alpha"' }))[0])).toEqual([
      'm-one',
      'm-three',
    ]);
    expect(
      ids((await h.models.listModels({ parent, filter: 'displayName="alpha" AND labels.stage="prod"' }))[0]),
    ).toEqual(['m-one']);
    expect(ids((await h.models.listModels({ parent, filter: 'model=m-two' }))[0])).toEqual(['m-two']);
    expect(ids((await h.models.listModels({ parent, filter: 'labels:stage' }))[0])).toHaveLength(3);
  });

  it('orders and pages', async () => {
    const [sorted] = await h.models.listModels({ parent, orderBy: 'display_name desc, create_time' });
    expect(ids(sorted)).toEqual(['m-two', 'm-one', 'm-three']);
    const [page, next] = await h.models.listModels({ parent, pageSize: 2 }, { autoPaginate: false });
    expect(page).toHaveLength(2);
    const [rest] = await h.models.listModels(next as never, { autoPaginate: false });
    expect(ids(rest)).toEqual(['m-three']);
  });
});
