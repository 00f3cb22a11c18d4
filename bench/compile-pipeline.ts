// Benchmark: compile-pipeline's checks on a generated spec of 5,000 tasks (TFX-shaped: a component
// and an executor per task, JSON configs as string constants, artifacts passed between tasks,
// 10% of the tasks inside nested DAGs). Ratios against JSON.parse of the same file, measured in
// the same run (keys sorted, as compilers write them):
//   - in process: parse, validate, render the Mermaid DAG, hash, each against JSON.parse alone;
//   - as a process: the built action on Node 24 (validate-only, the file already compiled)
//     against `node -e` reading and JSON.parse-ing the same file.
//
//   node bench/compile-pipeline.ts [--runs N] [--tasks N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  listImages,
  listTasks,
  normalise,
  parsePipelineFile,
  renderMermaid,
  specSha256,
  validatePipeline,
} from '../packages/pipeline-spec/src/index.ts';

const root = new URL('..', import.meta.url).pathname;
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const RUNS = argument('--runs', 11);
const TASKS = argument('--tasks', 5_000);
const NESTED_DAGS = Math.floor(TASKS / 100); // each holding 10 tasks: 10% of all tasks are nested

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

/** A deterministic pseudo-random sequence, so every run benchmarks the same spec. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const SCHEMA =
  'title: tfx.Examples\ntype: object\nproperties:\n  span:\n    type: integer\n    description: Span for an artifact.\n';

function generateSpec(): object {
  const next = random(42);
  const components: Record<string, unknown> = {};
  const executors: Record<string, unknown> = {};
  const rootTasks: Record<string, unknown> = {};
  const component = (name: string) => {
    components[name] = {
      executorLabel: `${name}_executor`,
      inputDefinitions: {
        artifacts: { examples: { artifactType: { instanceSchema: SCHEMA } } },
        parameters: { config: { type: 'STRING' }, steps: { type: 'INT' } },
      },
      outputDefinitions: { artifacts: { output: { artifactType: { instanceSchema: SCHEMA } } } },
    };
    executors[`${name}_executor`] = {
      container: {
        image: `us-docker.pkg.dev/bench/pipelines/trainer:1.${Math.floor(next() * 4)}.0`,
        command: ['python', '-m', 'tfx.orchestration.kubeflow.v2.container.kubeflow_v2_run_executor'],
        args: [
          '--executor_class_path',
          `bench.components.${name}.Executor`,
          '--json_serialized_invocation_args',
          '{{$}}',
        ],
      },
    };
  };
  const task = (name: string, earlier: string[]) => {
    const dependsOn = [
      ...new Set(
        Array.from(
          { length: Math.min(earlier.length, 1 + Math.floor(next() * 3)) },
          () => earlier[Math.floor(next() * earlier.length)] as string,
        ),
      ),
    ];
    component(name);
    return {
      cachingOptions: { enableCache: true },
      componentRef: { name },
      ...(dependsOn.length > 0 ? { dependentTasks: dependsOn } : {}),
      inputs: {
        parameters: {
          config: {
            runtimeValue: {
              constantValue: {
                stringValue: JSON.stringify({ splits: ['train', 'eval'], region: 'us-central1', seed: name }),
              },
            },
          },
          steps: { runtimeValue: { constantValue: { intValue: String(100 + Math.floor(next() * 900)) } } },
        },
        ...(dependsOn.length > 0
          ? {
              artifacts: {
                examples: { taskOutputArtifact: { outputArtifactKey: 'output', producerTask: dependsOn[0] } },
              },
            }
          : {}),
      },
      taskInfo: { name },
    };
  };
  const rootNames: string[] = [];
  const plain = TASKS - NESTED_DAGS * 11; // each nested DAG: its own task plus 10 inside
  for (let i = 0; i < plain; i++) {
    const name = `task-${i}`;
    rootTasks[name] = task(name, rootNames.slice(-50));
    rootNames.push(name);
  }
  for (let d = 0; d < NESTED_DAGS; d++) {
    const dagName = `condition-${d}`;
    const inner: Record<string, unknown> = {};
    const innerNames: string[] = [];
    for (let i = 0; i < 10; i++) {
      const name = `${dagName}-step-${i}`;
      inner[name] = task(name, innerNames);
      innerNames.push(name);
    }
    components[`comp-${dagName}`] = { dag: { tasks: inner } };
    rootTasks[dagName] = {
      componentRef: { name: `comp-${dagName}` },
      dependentTasks: [rootNames[Math.floor(next() * rootNames.length)]],
      taskInfo: { name: dagName },
    };
  }
  return {
    displayName: 'bench',
    pipelineSpec: {
      components,
      deploymentSpec: { executors },
      pipelineInfo: { name: 'bench-pipeline' },
      root: { dag: { tasks: rootTasks } },
      schemaVersion: '2.0.0',
      sdkVersion: 'tfx-1.9.0',
    },
    runtimeConfig: { gcsOutputDirectory: 'gs://bench/output' },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median milliseconds of `fn` over RUNS runs, after one warm-up run. */
function time(fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function timeProcess(args: string[], env: Record<string, string>): number {
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    if (i > 0) samples.push(elapsed); // the first run warms the file cache
  }
  return median(samples);
}

const work = mkdtempSync(join(tmpdir(), 'bench-compile-pipeline-'));
try {
  const file = join(work, 'pipeline.json');
  // Sorted keys, as TFX (json.dumps(sort_keys=True)) and the KFP compiler write them.
  const text = JSON.stringify(normalise(generateSpec()));
  writeFileSync(file, text);
  const parsed = parsePipelineFile(text, file);
  const problems = validatePipeline(parsed);
  const tasks = listTasks(parsed.spec).length;
  if (tasks !== TASKS || problems.some((p) => p.severity === 'error')) {
    throw new Error(
      `the generated spec is not what it should be: ${tasks} tasks, ${problems.length} problems`,
    );
  }

  const jsonParse = time(() => JSON.parse(text));
  const rows: [string, number][] = [
    ['parsePipelineFile', time(() => parsePipelineFile(text, file))],
    ['validatePipeline', time(() => validatePipeline(parsed))],
    ['renderMermaid', time(() => renderMermaid(parsed.spec))],
    ['specSha256', time(() => specSha256(parsed.spec))],
    [
      'all of the above + listTasks, listImages',
      time(() => {
        const again = parsePipelineFile(text, file);
        validatePipeline(again);
        renderMermaid(again.spec);
        specSha256(again.spec);
        listTasks(again.spec);
        listImages(again.spec);
      }),
    ],
  ];

  const summary = join(work, 'summary.md');
  const output = join(work, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const bareProcess = timeProcess(
    ['-e', 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))', file],
    {},
  );
  const actionProcess = timeProcess([join(root, 'actions/compile-pipeline/dist/index.mjs')], {
    GITHUB_WORKSPACE: work,
    INPUT_SPEC: 'pipeline.json',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
  });

  const mib = (Buffer.byteLength(text) / 2 ** 20).toFixed(1);
  console.log(
    `compile-pipeline: ${TASKS} tasks (${NESTED_DAGS} nested DAGs), ${mib} MiB of JSON; medians of ${RUNS} runs`,
  );
  console.log(`  JSON.parse alone: ${jsonParse.toFixed(1)} ms (the baseline, 1×)`);
  for (const [name, ms] of rows) {
    console.log(
      `  ${name.padEnd(42)} ${(ms / jsonParse).toFixed(2).padStart(6)}×  ${ms.toFixed(1).padStart(7)} ms`,
    );
  }
  console.log(`  process: node -e JSON.parse(file): ${bareProcess.toFixed(0)} ms (1×)`);
  console.log(
    `  process: the built action, validate only: ${(actionProcess / bareProcess).toFixed(2)}×  ${actionProcess.toFixed(0)} ms`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
