import { relative, sep } from 'node:path';
import { SecretMasker } from './secret-masker.ts';
import type { Annotation, StepName } from './types.ts';

/** What an issue may point at; values as the command gave them (strings), checked like the runner does. */
export interface IssueLocation {
  file?: string;
  line?: string;
  endline?: string;
  col?: string;
  endcolumn?: string;
  title?: string;
}

// actions/runner ExecutionContext: issues past 100 of a type per step are logged but not annotated,
// and an annotation's message is cut at 4096 characters.
const MAX_ISSUES_PER_TYPE = 100;
const MAX_MESSAGE_LENGTH = 4096;
const LABELS = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const;

/** The job log and everything else a person sees of a run; every line is masked as it is written. */
export class JobRecord {
  readonly masker = new SecretMasker();
  readonly annotations: Annotation[] = [];
  readonly debug: string[] = [];
  readonly masks: string[] = [];
  private readonly lines: string[] = [];
  private readonly counts = new Map<string, number>();

  readonly workspace: string;
  readonly stepDebug: boolean;

  constructor(workspace: string, stepDebug: boolean) {
    this.workspace = workspace;
    this.stepDebug = stepDebug;
  }

  get log(): string {
    return this.lines.join('\n');
  }

  /** A line of the log; masked with the secrets known now, as the runner masks at write time. */
  output(line: string): void {
    this.lines.push(this.masker.mask(line));
  }

  addMask(value: string): void {
    this.masks.push(value);
    this.masker.add(value);
  }

  debugMessage(message: string): void {
    const masked = this.masker.mask(message);
    this.debug.push(masked);
    if (this.stepDebug) this.lines.push(`Debug: ${masked}`);
  }

  /** An issue: one log line ("Error: …" as the web log renders ##[error]) and, within limits, an annotation. */
  issue(step: StepName, level: Annotation['level'], message: string, location: IssueLocation = {}): void {
    this.output(`${LABELS[level]}: ${message}`);
    const key = `${step}:${level}`;
    const count = this.counts.get(key) ?? 0;
    this.counts.set(key, count + 1);
    if (count >= MAX_ISSUES_PER_TYPE) return;
    const annotation: Annotation = {
      level,
      message: this.masker.mask(message).slice(0, MAX_MESSAGE_LENGTH),
      step,
    };
    if (location.title !== undefined) annotation.title = this.masker.mask(location.title);
    if (location.file !== undefined && location.file !== '')
      annotation.file = this.relativeFile(location.file);
    Object.assign(annotation, positions(location));
    this.annotations.push(annotation);
  }

  /** The runner reports files under the workspace relative to it, with forward slashes. */
  private relativeFile(file: string): string {
    if (!file.startsWith(`${this.workspace}${sep}`)) return file;
    return relative(this.workspace, file).split(sep).join('/');
  }
}

/** IssueCommandExtension.ValidateLinesAndColumns: drops positions that contradict each other. */
function positions(location: IssueLocation): Partial<Annotation> {
  const number = (value: string | undefined) =>
    value !== undefined && /^[+-]?\d+$/.test(value.trim()) ? Number(value) : undefined;
  let line = number(location.line);
  let endLine = number(location.endline);
  let col = number(location.col);
  let endColumn = number(location.endcolumn);
  if (endLine !== undefined && line === undefined) line = endLine;
  if (endColumn !== undefined && col === undefined) col = endColumn;
  const hasColumn = col !== undefined || endColumn !== undefined;
  if (line === undefined && hasColumn) col = endColumn = undefined;
  if (endLine !== undefined && line !== endLine && hasColumn) col = endColumn = undefined;
  if (line !== undefined && endLine !== undefined && endLine < line) line = endLine = undefined;
  if (col !== undefined && endColumn !== undefined && endColumn < col) col = endColumn = undefined;
  const result: Partial<Annotation> = {};
  if (line !== undefined) result.line = line;
  if (endLine !== undefined) result.endLine = endLine;
  if (col !== undefined) result.col = col;
  if (endColumn !== undefined) result.endColumn = endColumn;
  return result;
}
