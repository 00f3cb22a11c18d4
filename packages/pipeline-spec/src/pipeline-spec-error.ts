/** A pipeline file that cannot be read as a pipeline: a syntax error (with its place) or the wrong shape. */
export class PipelineSpecError extends Error {
  readonly source: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(source: string, message: string, position?: { line: number; column: number }) {
    super(message);
    this.name = 'PipelineSpecError';
    this.source = source;
    this.line = position?.line;
    this.column = position?.column;
  }
}
