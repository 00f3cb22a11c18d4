import { listTasks, type TaskSummary } from './tasks.ts';
import type { PipelineSpec } from './types.ts';

export interface MermaidOptions {
  /** Task name → state (SUCCEEDED, RUNNING, FAILED, …) to colour the nodes by. */
  states?: Record<string, string>;
}

/** Fill and stroke per Vertex AI task state; unknown states get a neutral style. */
const STATE_STYLES: Readonly<Record<string, string>> = {
  SUCCEEDED: 'fill:#dafbe1,stroke:#1a7f37,color:#0d1117',
  RUNNING: 'fill:#ddf4ff,stroke:#0969da,color:#0d1117',
  FAILED: 'fill:#ffebe9,stroke:#cf222e,color:#0d1117',
  PENDING: 'fill:#fff8c5,stroke:#9a6700,color:#0d1117',
  CANCEL_PENDING: 'fill:#eaeef2,stroke:#57606a,color:#0d1117',
  CANCELLING: 'fill:#eaeef2,stroke:#57606a,color:#0d1117',
  CANCELLED: 'fill:#eaeef2,stroke:#57606a,color:#0d1117',
  SKIPPED: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3',
  NOT_TRIGGERED: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3',
};
const OTHER_STYLE = 'fill:#f6f8fa,stroke:#57606a,color:#0d1117';

/**
 * The pipeline as a Mermaid flowchart (the source, without a code fence). A task that runs a
 * nested DAG is drawn as a subgraph holding that DAG's tasks; edges follow dependentTasks and
 * producerTask references. With `states`, every task is coloured by its state and the state is
 * written in its label too, so the picture does not depend on colour alone.
 */
export function renderMermaid(spec: PipelineSpec, options: MermaidOptions = {}): string {
  const tasks = listTasks(spec);
  const ids = new Map<string, string>(); // `${path}/${name}` → node id
  tasks.forEach((task, index) => {
    ids.set(`${task.path}/${task.name}`, `t${index}`);
  });
  const childrenOf = new Map<string, TaskSummary[]>();
  for (const task of tasks) {
    const siblings = childrenOf.get(task.path);
    if (siblings === undefined) childrenOf.set(task.path, [task]);
    else siblings.push(task);
  }

  const lines = ['flowchart TD'];
  const states = normaliseStates(options.states);
  const classes = new Map<string, string[]>();
  const declare = (path: string, indent: string) => {
    for (const task of childrenOf.get(path) ?? []) {
      const key = `${task.path}/${task.name}`;
      const id = ids.get(key) as string;
      const state = states.get(task.name);
      const label = mermaidText(state === undefined ? task.name : `${task.name} (${state})`);
      if (state !== undefined) {
        const members = classes.get(state);
        if (members === undefined) classes.set(state, [id]);
        else members.push(id);
      }
      if (childrenOf.has(key)) {
        lines.push(`${indent}subgraph ${id}["${label}"]`);
        declare(key, `${indent}  `);
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id}["${label}"]`);
      }
    }
  };
  declare('root', '  ');

  for (const task of tasks) {
    const to = ids.get(`${task.path}/${task.name}`) as string;
    for (const dependency of task.dependsOn) {
      const from = ids.get(`${task.path}/${dependency}`);
      if (from !== undefined) lines.push(`  ${from} --> ${to}`);
    }
  }
  for (const [state, members] of classes) {
    const name = className(state);
    lines.push(`  classDef ${name} ${STATE_STYLES[state] ?? OTHER_STYLE}`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `PIPELINE_TASK_STATE_SUCCEEDED`, `succeeded` → `SUCCEEDED`. */
function normaliseStates(states: Record<string, string> | undefined): Map<string, string> {
  const normalised = new Map<string, string>();
  for (const [task, state] of Object.entries(states ?? {})) {
    if (typeof state !== 'string' || state === '') continue;
    const upper = state.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    const known = Object.keys(STATE_STYLES).find((s) => upper === s || upper.endsWith(`_STATE_${s}`));
    normalised.set(task, known ?? upper);
  }
  return normalised;
}

function className(state: string): string {
  return `state_${state.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

/** Label text made safe inside Mermaid's double quotes (names come from the spec: untrusted). */
function mermaidText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/["#&<>`]/g, (c) => ENTITIES[c] ?? c);
}
