/** A Dockerfile the layer builder cannot read or evaluate; `line` is 1-based. */
export class DockerfileError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `Dockerfile line ${line}: ${message}`);
    this.name = 'DockerfileError';
    this.line = line;
  }
}
