import type { Dag } from '../dag-walk.ts';
import type { ProblemList } from '../problems.ts';
import { type TaskReference, taskReferences } from '../task-dependencies.ts';

/**
 * Each DAG, nested ones too, is acyclic. Every group of tasks that wait for each other (a strongly
 * connected component) is reported once, with its shortest cycle through the group's first task.
 */
export function checkDagCycles(dags: readonly Dag[], problems: ProblemList): void {
  for (const dag of dags) {
    const edges = edgesOf(dag);
    for (const group of cyclicGroups(edges)) {
      const cycle = shortestCycle(group, edges);
      const [first] = cycle;
      const reference = edges.get(first as string)?.get(cycle[1] ?? (first as string)) as TaskReference;
      problems.error(
        'dag-cycle',
        [...dag.location, 'tasks', first as string, ...reference.at],
        `tasks depend on each other in a cycle: ${[...cycle, first].map((t) => JSON.stringify(t)).join(' → ')} (→ means "depends on")`,
      );
    }
  }
}

/** task → (task it depends on → where that is written first); references to unknown tasks left out. */
function edgesOf(dag: Dag): Map<string, Map<string, TaskReference>> {
  const names = new Set(dag.tasks.map(([name]) => name));
  const edges = new Map<string, Map<string, TaskReference>>();
  for (const [name, task] of dag.tasks) {
    const targets = new Map<string, TaskReference>();
    for (const reference of taskReferences(task)) {
      if (names.has(reference.task) && !targets.has(reference.task)) targets.set(reference.task, reference);
    }
    edges.set(name, targets);
  }
  return edges;
}

/**
 * Tarjan's strongly connected components, iteratively (a 5,000-task chain must not overflow the
 * stack). Yields the groups that hold a cycle, each in declaration order.
 */
function cyclicGroups(edges: Map<string, Map<string, TaskReference>>): string[][] {
  const order = [...edges.keys()];
  const position = new Map(order.map((name, i) => [name, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const start of order) {
    if (index.has(start)) continue;
    const work: { node: string; targets: Iterator<string> }[] = [];
    const open = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: (edges.get(node) as Map<string, TaskReference>).keys() });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; targets: Iterator<string> };
      const next = frame.targets.next();
      if (!next.done) {
        const target = next.value;
        if (!index.has(target)) open(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      if (group.length > 1 || edges.get(frame.node)?.has(frame.node)) {
        groups.push(group.sort((a, b) => (position.get(a) as number) - (position.get(b) as number)));
      }
    }
  }
  return groups.sort(
    (a, b) => (position.get(a[0] as string) as number) - (position.get(b[0] as string) as number),
  );
}

/** The shortest cycle from the group's first task back to it, by breadth-first search inside the group. */
function shortestCycle(group: string[], edges: Map<string, Map<string, TaskReference>>): string[] {
  const start = group[0] as string;
  const members = new Set(group);
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const target of (edges.get(node) as Map<string, TaskReference>).keys()) {
      if (!members.has(target)) continue;
      if (target === start) {
        const cycle = [node];
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0] as string) as string);
        return cycle;
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}
