import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateProblems, parsePipelineFile, validatePipeline } from '../src/index.ts';
import { KFP_PATH, seed, seedText } from './seed.ts';

describe('locateProblems', () => {
  it('places problems of a PipelineJob file inside its pipelineSpec', () => {
    const text = seedText();
    const parsed = seed();
    const problems = validatePipeline(parsed);
    const positions = locateProblems(text, parsed, problems);
    // The TFX file is one long line: the column tells where.
    const image = positions[0];
    expect(image?.line).toBe(1);
    expect(text.slice((image?.column ?? 0) - 1).startsWith('"gcr.io/gcp-ml-172005/img-classification"')).toBe(
      true,
    );
  });

  it('finds the line in YAML; a missing key is placed at its parent', () => {
    const text = readFileSync(KFP_PATH, 'utf8').replace('name: comp-train', 'name: comp-trian');
    const parsed = parsePipelineFile(text, KFP_PATH);
    const problems = validatePipeline(parsed);
    expect(problems.map((p) => p.path)).toEqual(['root.dag.tasks.train.componentRef.name']);
    const [position] = locateProblems(text, parsed, problems);
    const lines = text.split('\n');
    expect(lines[(position?.line ?? 0) - 1]?.trim()).toBe('name: comp-trian');
  });
});

describe('locateProblems in JSON', () => {
  it('finds the same places as the YAML reader does, escaped keys and missing keys included', () => {
    const job = JSON.parse(seedText());
    const tasks = job.pipelineSpec.root.dag.tasks;
    tasks['we"ird\\name'] = { componentRef: { name: 'missing-one' } };
    tasks.Pusher.dependentTasks.push('Nope');
    delete job.pipelineSpec.deploymentSpec.executors.Pusher_executor;
    for (const text of [
      JSON.stringify(job),
      JSON.stringify(job, null, 2),
      `\uFEFF${JSON.stringify(job, null, 1)}`,
    ]) {
      const parsed = parsePipelineFile(text, 'p.json');
      const problems = validatePipeline(parsed).filter((p) => p.severity === 'error');
      expect(problems).toHaveLength(3);
      const fast = locateProblems(text, parsed, problems);
      const slow = locateProblems(text, { ...parsed, format: 'yaml' }, problems);
      expect(fast).toEqual(slow);
      expect(fast.every((position) => position !== undefined)).toBe(true);
    }
  });
});
