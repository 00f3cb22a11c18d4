// Issue 13, item 5: pinning reaches every reference to the pipeline image, not only the
// executors' container.image — the TFX Trainer's Vertex Training image sits inside a JSON string.
import { describe, expect, it } from 'vitest';
import { listImageMentions, pinImages } from '../src/index.ts';
import { derivedSpec, type EditableJson, seed } from './seed.ts';

const REPOSITORY = 'gcr.io/gcp-ml-172005/img-classification';
const PINNED = `us-docker.pkg.dev/p/pipelines/img@sha256:${'b2'.repeat(32)}`;
const PINNED_SAME_REPOSITORY = `${REPOSITORY}@sha256:${'c3'.repeat(32)}`;

const trainerParameters = (spec: EditableJson) => spec.root.dag.tasks.Trainer.inputs.parameters;
const customConfig = (spec: EditableJson): string =>
  trainerParameters(spec).custom_config.runtimeValue.constantValue.stringValue;

/** The seed as examples/cifar10 compiles it: the Trainer trains on the pipeline image itself. */
const trainsOnPipelineImage = (image = REPOSITORY) =>
  derivedSpec((spec) => {
    const config = trainerParameters(spec).custom_config.runtimeValue.constantValue;
    config.stringValue = config.stringValue.replace('gcr.io/tfx-oss-public/tfx:1.9.0', image);
  });

describe('pinImages reaches image references nested in constants', () => {
  it("pins the Trainer's worker_pool_specs image_uri inside custom_config, keeping the JSON text as it was", () => {
    const spec = trainsOnPipelineImage();
    const before = customConfig(spec);
    const result = pinImages(spec, [{ reference: PINNED }]);

    expect(customConfig(result.spec)).toBe(before.replace(`"${REPOSITORY}"`, `"${PINNED}"`));
    const training = JSON.parse(customConfig(result.spec)).ai_platform_training_args;
    expect(training.worker_pool_specs[0].container_spec.image_uri).toBe(PINNED);
    expect(result.changes).toHaveLength(8);
    expect(result.changes).toContainEqual({
      path: 'root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue.stringValue',
      before: REPOSITORY,
      after: PINNED,
    });
    expect(result.unpinned).toEqual([]);
    // Every mention of an image in the pinned spec is now the digest.
    expect(listImageMentions(result.spec).map((mention) => mention.text)).toEqual(Array(8).fill(PINNED));
  });

  it('a name=reference pin also pins nested references of that name, whatever their tag', () => {
    const spec = trainsOnPipelineImage(`${REPOSITORY}:latest`);
    const result = pinImages(spec, [{ name: REPOSITORY, reference: PINNED_SAME_REPOSITORY }]);
    expect(
      JSON.parse(customConfig(result.spec)).ai_platform_training_args.worker_pool_specs[0],
    ).toMatchObject({
      container_spec: { image_uri: PINNED_SAME_REPOSITORY },
    });
    expect(result.unmatched).toEqual([]);
    expect(result.unpinned).toEqual([]);
  });

  it('pins any other constant that names the repository: a parameter default, a command argument', () => {
    const spec = derivedSpec((s) => {
      s.root.inputDefinitions = {
        parameters: { serving_image: { parameterType: 'STRING', defaultValue: `${REPOSITORY}:v1` } },
      };
      s.deploymentSpec.executors.Pusher_executor.container.args.push(`--serving-image=${REPOSITORY}`);
    });
    const result = pinImages(spec, [{ reference: PINNED_SAME_REPOSITORY }]);
    const pinned = result.spec as EditableJson;
    expect(pinned.root.inputDefinitions.parameters.serving_image.defaultValue).toBe(PINNED_SAME_REPOSITORY);
    expect(pinned.deploymentSpec.executors.Pusher_executor.container.args.at(-1)).toBe(
      `--serving-image=${PINNED_SAME_REPOSITORY}`,
    );
    expect(result.unpinned).toEqual([]);
  });

  it("leaves other repositories alone: the seed's Trainer trains on the public TFX image", () => {
    const original = seed().spec;
    const result = pinImages(original, [{ reference: PINNED }]);
    expect(customConfig(result.spec)).toBe(customConfig(original));
    expect(result.changes).toHaveLength(7);
    expect(result.unpinned).toEqual([]);
  });

  it('reports a reference to the pinned repository it could not pin, instead of leaving :latest silently', () => {
    const spec = derivedSpec((s) => {
      s.deploymentSpec.executors.Pusher_executor.container.args.push(`image:${REPOSITORY}`);
    });
    const result = pinImages(spec, [{ reference: PINNED_SAME_REPOSITORY }]);
    expect(result.unpinned).toEqual([
      {
        path: 'deploymentSpec.executors.Pusher_executor.container.args[4]',
        text: `image:${REPOSITORY}`,
        repository: REPOSITORY,
      },
    ]);
  });
});
