/**
 * Scripted outcomes: a test says how a job it is about to create (or has created) will end, by job
 * id or by a predicate. Without a script a job succeeds, one pipeline DAG level per poll.
 */

export type Outcome =
  /** Reach SUCCEEDED on the n-th poll (n ≥ 1), running the DAG's levels in between. */
  | { succeedAfterPolls: number }
  /**
   * The task fails with this message (and gRPC code, 9 by default) when it would have completed;
   * with afterPolls the job reaches FAILED on that poll.
   */
  | { failAtTask: string; message?: string; code?: number; afterPolls?: number }
  /** Run the DAG but never finish its last level: the job stays RUNNING until cancelled. */
  | { stayRunning: true };

export interface ScriptTarget {
  kind: 'pipelineJob' | 'batchPredictionJob';
  /** Full resource name. */
  name: string;
  /** The last segment of the name (the pipelineJobId, or the generated numeric id). */
  id: string;
  displayName: string;
  labels: Record<string, string>;
}

/** A job id (or full name) to match, or a predicate over the job being created. */
export type ScriptMatcher = string | ((target: ScriptTarget) => boolean);

export class Scripts {
  private entries: { matcher: ScriptMatcher; outcome: Outcome }[] = [];

  add(matcher: ScriptMatcher, outcome: Outcome): void {
    if (typeof matcher !== 'string' && typeof matcher !== 'function') {
      throw new TypeError('a script needs a job id, a full job name or a predicate');
    }
    checkOutcome(outcome);
    this.entries.push({ matcher, outcome });
  }

  clear(): void {
    this.entries = [];
  }

  /** The newest script that claims the target. */
  find(target: ScriptTarget): Outcome | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (entry && matches(entry.matcher, target)) return entry.outcome;
    }
    return undefined;
  }
}

export function matches(matcher: ScriptMatcher, target: ScriptTarget): boolean {
  return typeof matcher === 'string' ? matcher === target.id || matcher === target.name : matcher(target);
}

/** Throws TypeError on an outcome that is none of the three shapes (the control API's 400). */
export function checkOutcome(outcome: unknown): asserts outcome is Outcome {
  const value = outcome as Record<string, unknown> | undefined;
  const positive = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
  if (value && typeof value === 'object') {
    if ('succeedAfterPolls' in value && positive(value.succeedAfterPolls)) return;
    if ('stayRunning' in value && value.stayRunning === true) return;
    if (
      'failAtTask' in value &&
      typeof value.failAtTask === 'string' &&
      (value.afterPolls === undefined || positive(value.afterPolls)) &&
      (value.code === undefined || (Number.isInteger(value.code) && (value.code as number) >= 1)) &&
      (value.message === undefined || typeof value.message === 'string')
    ) {
      return;
    }
  }
  throw new TypeError(
    'an outcome is { succeedAfterPolls: n ≥ 1 }, { failAtTask: "Task", message?, code?, afterPolls?: n ≥ 1 } ' +
      `or { stayRunning: true }; got ${JSON.stringify(outcome)}`,
  );
}
