import type { FileChanges } from '@mlops-actions/testing';

export interface DemoPush {
  title: string;
  /** The route the push should take, or which check should stop it: a unit test or the smoke run. */
  expect: 'codebase' | 'modules' | 'smoke-fails' | 'tests-fail';
  /** Changes to files of the project (relative), each a function of the current text. */
  edits: Record<string, (text: string) => string>;
}

/**
 * The pushes of the demo: the image route, the modules route, a pipeline bug that only the smoke
 * run catches, and a unit test that stops a push.
 */
export const DEMO_PUSHES: DemoPush[] = [
  {
    title: 'Dockerfile: quieter TensorFlow logs in every task',
    expect: 'codebase',
    edits: { Dockerfile: (text) => `${text}ENV TF_CPP_MIN_LOG_LEVEL=2\n` },
  },
  {
    title: 'models/model.py: a longer learning-rate warm-up',
    expect: 'modules',
    edits: { 'models/model.py': (text) => replaceOnce(text, '"warmup_steps": 10', '"warmup_steps": 20') },
  },
  {
    title: 'compile_pipeline.py: module_root for Transform only — a pipeline bug the smoke run catches',
    expect: 'smoke-fails',
    edits: {
      'compile_pipeline.py': (text) =>
        replaceOnce(text, 'MODULE_TASKS = ("Transform", "Trainer")', 'MODULE_TASKS = ("Transform",)'),
    },
  },
  {
    title: 'models/preprocessing.py: a scaling bug that a unit test catches',
    expect: 'tests-fail',
    edits: {
      'models/preprocessing.py': (text) =>
        replaceOnce(text, 'return value / PIXEL_MAX', 'return value / 256.0'),
    },
  },
];

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the example no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The edits applied to the repository's working copy, as RepoFixture.commit takes them. */
export function changesFor(push: DemoPush, read: (path: string) => string): FileChanges {
  return Object.fromEntries(Object.entries(push.edits).map(([path, edit]) => [path, edit(read(path))]));
}
