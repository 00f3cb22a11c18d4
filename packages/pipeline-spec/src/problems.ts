import { redactCredentials } from './credentials.ts';
import { jsonPath } from './json-path.ts';

export type Severity = 'error' | 'warning';

/** Which part of the file a problem is in: the PipelineSpec, the PipelineJob around it, or KFP's platform spec. */
export type ProblemScope = 'spec' | 'job' | 'platform';

export interface SpecProblem {
  severity: Severity;
  /** The rule that found it, e.g. `component-ref`, `dag-cycle`, `credential`. */
  rule: string;
  scope: ProblemScope;
  /** Where, below the part named by scope. */
  segments: (string | number)[];
  /** `root.dag.tasks.Trainer.componentRef.name` */
  path: string;
  /** What is wrong, without the path: `component "comp-trainer" is not defined`. */
  message: string;
}

/** Collects a rule's problems; every message passes through redaction on the way in. */
export class ProblemList {
  readonly items: SpecProblem[] = [];
  private readonly scope: ProblemScope;

  constructor(scope: ProblemScope = 'spec') {
    this.scope = scope;
  }

  error(rule: string, segments: (string | number)[], message: string): void {
    this.add('error', rule, segments, message);
  }

  warning(rule: string, segments: (string | number)[], message: string): void {
    this.add('warning', rule, segments, message);
  }

  private add(severity: Severity, rule: string, segments: (string | number)[], message: string): void {
    const path = jsonPath(segments);
    this.items.push({
      severity,
      rule,
      scope: this.scope,
      segments,
      path: this.scope === 'platform' ? `(platform spec) ${path}` : path || '(top level)',
      message: redactCredentials(message),
    });
  }
}

/** `root.dag.tasks.Trainer.componentRef.name: component "comp-trainer" is not defined` */
export function formatProblem(problem: SpecProblem): string {
  return `${problem.path}: ${problem.message}`;
}
