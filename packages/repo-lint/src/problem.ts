export interface PathProblem {
  /** Relative to the repository root. */
  file: string;
  line: number;
  message: string;
}

/** `file:line: message`, the shape editors and GitHub's problem matchers read. */
export function formatProblem(problem: PathProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** A marker a line can carry when it names an outside path on purpose (a test of a guard). */
export const ALLOW_MARKER = 'repo-lint: allow-outside-path';
