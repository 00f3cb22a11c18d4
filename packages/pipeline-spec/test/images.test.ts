import { describe, expect, it } from 'vitest';
import { listImages, parseImageReference, pinImages, validateSpec } from '../src/index.ts';
import { derivedSpec, kfp, seed } from './seed.ts';

const DIGEST = `sha256:${'a1'.repeat(32)}`;

describe('parseImageReference', () => {
  it.each([
    ['python', { name: 'python' }],
    ['python:3.11', { name: 'python', tag: '3.11' }],
    ['gcr.io/p/img', { name: 'gcr.io/p/img', domain: 'gcr.io' }],
    ['localhost:5000/a/b:v1', { name: 'localhost:5000/a/b', domain: 'localhost:5000', tag: 'v1' }],
    [
      `us-docker.pkg.dev/p/r/i:1@${DIGEST}`,
      { name: 'us-docker.pkg.dev/p/r/i', domain: 'us-docker.pkg.dev', tag: '1', digest: DIGEST },
    ],
  ])('reads %s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each([
    ['', 'it is empty'],
    ['gcr.io/p/img name', 'it contains white space'],
    [
      'gcr.io/p/IMG',
      'its path component "IMG" must be lowercase letters and digits, separated by ".", "_", "__" or "-"',
    ],
    ['img:-x', 'its tag must be 1 to 128 letters, digits, "_", "." or "-", not starting with "." or "-"'],
    ['img@sha256:ABC', 'its digest is not algorithm:hex (such as sha256: and 64 hex digits)'],
    [`img@sha256:${'A'.repeat(64)}`, 'a sha256 digest must be 64 lowercase hex digits'],
    ['-bad.io/x/y', 'its registry "-bad.io" is not a host name'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseImageReference(text)).toEqual({ problem });
  });
});

describe('listImages and pinImages', () => {
  it('lists distinct container images; importers and resolvers have none', () => {
    expect(listImages(seed().spec)).toEqual(['gcr.io/gcp-ml-172005/img-classification']);
    expect(listImages(kfp().spec)).toEqual([
      'python:3.11',
      `us-docker.pkg.dev/my-project/pipelines/trainer@sha256:4a3f6bd1b8e2f5c7a9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6`,
      'us-docker.pkg.dev/my-project/pipelines/trainer:1.4.2',
    ]);
  });

  it('replaces every image with one reference, leaving the input spec unchanged', () => {
    const original = seed().spec;
    const before = JSON.stringify(original);
    const pinned = `gcr.io/gcp-ml-172005/img-classification@${DIGEST}`;
    const result = pinImages(original, [{ reference: pinned }]);
    expect(listImages(result.spec)).toEqual([pinned]);
    expect(result.changes).toHaveLength(7);
    expect(result.changes[0]).toEqual({
      executor: 'Evaluator_executor',
      path: 'deploymentSpec.executors.Evaluator_executor.container.image',
      before: 'gcr.io/gcp-ml-172005/img-classification',
      after: pinned,
    });
    expect(result.unmatched).toEqual([]);
    expect(JSON.stringify(original)).toBe(before);
    expect(validateSpec(result.spec).filter((p) => p.rule === 'image-pin')).toEqual([]);
  });

  it('replaces only the images a name matches, whatever their tag or digest', () => {
    const pinned = `us-docker.pkg.dev/my-project/pipelines/trainer@${DIGEST}`;
    const result = pinImages(kfp().spec, [
      { name: 'us-docker.pkg.dev/my-project/pipelines/trainer', reference: pinned },
      { name: 'docker.io/library/python', reference: 'python:3.11.9' },
      { name: 'gcr.io/nowhere/else', reference: 'gcr.io/nowhere/else:1' },
    ]);
    expect(listImages(result.spec)).toEqual(['python:3.11.9', pinned]);
    expect(result.changes.map((c) => c.executor)).toEqual(['exec-deploy', 'exec-evaluate', 'exec-train']);
    expect(result.unmatched).toEqual(['gcr.io/nowhere/else']);
  });

  it('a name with a tag matches only that tag', () => {
    const spec = derivedSpec(
      (s) => (s.deploymentSpec.executors.Trainer_executor.container.image = 'gcr.io/p/t:2'),
    );
    const result = pinImages(spec, [{ name: 'gcr.io/p/t:1', reference: 'gcr.io/p/t:3' }]);
    expect(result.changes).toEqual([]);
    expect(result.unmatched).toEqual(['gcr.io/p/t:1']);
  });
});
