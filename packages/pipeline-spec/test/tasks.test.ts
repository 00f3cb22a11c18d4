import { describe, expect, it } from 'vitest';
import { listTasks, renderMermaid } from '../src/index.ts';
import { kfp, kfpSpec, seed } from './seed.ts';

describe('listTasks', () => {
  it('lists the 9 tasks of the real spec with dependencies and images; resolvers have none', () => {
    const tasks = listTasks(seed().spec);
    expect(tasks).toHaveLength(9);
    expect(tasks.find((t) => t.name === 'Evaluator')).toEqual({
      name: 'Evaluator',
      path: 'root',
      dependsOn: ['Trainer', 'Transform', 'latest_blessed_model_resolver-model-resolver'],
      componentRef: 'Evaluator',
      executorLabel: 'Evaluator_executor',
      image: 'gcr.io/gcp-ml-172005/img-classification',
    });
    // TFX names this dependency only as a producerTask of an input artifact.
    expect(tasks.find((t) => t.name === 'latest_blessed_model_resolver-model-resolver')).toEqual({
      name: 'latest_blessed_model_resolver-model-resolver',
      path: 'root',
      dependsOn: ['latest_blessed_model_resolver-model-blessing-resolver'],
      componentRef: 'latest_blessed_model_resolver-model-resolver',
      executorLabel: 'latest_blessed_model_resolver-model-resolver_executor',
    });
  });

  it('includes the tasks of nested DAGs with their path', () => {
    expect(listTasks(kfp().spec).map((t) => `${t.path} ${t.name} ${t.image ?? '-'}`)).toEqual([
      'root condition-1 -',
      'root/condition-1 deploy python:3.11',
      'root evaluate us-docker.pkg.dev/my-project/pipelines/trainer@sha256:4a3f6bd1b8e2f5c7a9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6',
      'root importer -',
      'root train us-docker.pkg.dev/my-project/pipelines/trainer:1.4.2',
    ]);
  });
});

describe('renderMermaid', () => {
  it('draws the real pipeline as a flowchart', () => {
    const chart = renderMermaid(seed().spec);
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    expect(chart.match(/^ {2}t\d+\["/gm)).toHaveLength(9);
    expect(chart).toContain('  t5["Trainer"]\n');
    expect(chart).toContain('  t3 --> t5\n'); // SchemaGen → Trainer
    expect(chart.match(/-->/g)).toHaveLength(12);
    expect(chart).not.toContain('classDef');
  });

  it('draws nested DAGs as subgraphs', () => {
    expect(renderMermaid(kfp().spec)).toBe(
      [
        'flowchart TD',
        '  subgraph t0["condition-1"]',
        '    t1["deploy"]',
        '  end',
        '  t2["evaluate"]',
        '  t3["importer"]',
        '  t4["train"]',
        '  t2 --> t0',
        '  t4 --> t0',
        '  t4 --> t2',
        '  t3 --> t4',
        '',
      ].join('\n'),
    );
  });

  it('colours tasks by state, one classDef per state, and names the state in the label', () => {
    const chart = renderMermaid(kfp().spec, {
      states: {
        train: 'SUCCEEDED',
        evaluate: 'FAILED',
        importer: 'succeeded',
        deploy: 'PIPELINE_TASK_STATE_SKIPPED',
      },
    });
    expect(chart).toContain('  t4["train (SUCCEEDED)"]\n');
    expect(chart).toContain('  t2["evaluate (FAILED)"]\n');
    expect(chart).toContain(
      '  classDef state_succeeded fill:#dafbe1,stroke:#1a7f37,color:#0d1117\n  class t3,t4 state_succeeded\n',
    );
    expect(chart).toContain('  class t2 state_failed\n');
    expect(chart).toContain('  class t1 state_skipped\n');
  });

  it('escapes task names so they cannot break out of the label', () => {
    const spec = kfpSpec();
    spec.root.dag.tasks['x"]\nclick t0 call alert()'] = { componentRef: { name: 'comp-deploy' } };
    const chart = renderMermaid(spec);
    expect(chart).toContain('t5["x#quot;] click t0 call alert()"]');
    expect(chart.split('\n').filter((line) => line.startsWith('click'))).toEqual([]);
  });
});
