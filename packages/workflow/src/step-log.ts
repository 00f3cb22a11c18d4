import type { StepAnnotation } from './records.ts';

const LABELS = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const;

/**
 * The log of a step that is not one of our actions (a `run:` script or a substitute): workflow
 * commands on its output rendered as the web log shows them, secrets masked from the moment
 * they are known.
 */
export class StepLog {
  readonly annotations: StepAnnotation[] = [];
  private readonly lines: string[] = [];
  private readonly secrets: string[];

  constructor(secrets: readonly string[]) {
    this.secrets = secrets.filter((secret) => secret !== '');
  }

  get text(): string {
    return this.lines.join('\n');
  }

  mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join('***');
    return masked;
  }

  /** A line written by the interpreter itself. */
  note(line: string): void {
    this.lines.push(this.mask(line));
  }

  /** Everything a process printed, line by line, through the workflow-command parser. */
  output(text: string): void {
    for (const line of text.split(/\r?\n|\r/)) {
      if (line !== '') this.line(line);
    }
  }

  private line(line: string): void {
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (command === null) {
      this.note(line);
      return;
    }
    const [, name = '', properties = '', message = ''] = command;
    switch (name) {
      case 'add-mask':
        if (message !== '') this.secrets.push(message);
        return;
      case 'group':
        this.note(`▶ ${message}`);
        return;
      case 'endgroup':
      case 'debug':
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.issue(name, unescapeCommandValue(message), parseProperties(properties));
        return;
      default:
        this.note(line);
    }
  }

  issue(level: StepAnnotation['level'], message: string, properties: Record<string, string> = {}): void {
    this.note(`${LABELS[level]}: ${message}`);
    const annotation: StepAnnotation = { level, message: this.mask(message) };
    if (properties.title) annotation.title = this.mask(properties.title);
    if (properties.file) annotation.file = properties.file;
    if (properties.line && /^\d+$/.test(properties.line)) annotation.line = Number(properties.line);
    this.annotations.push(annotation);
  }
}

function parseProperties(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const equals = pair.indexOf('=');
    if (equals > 0) result[pair.slice(0, equals).trim()] = unescapeCommandValue(pair.slice(equals + 1));
  }
  return result;
}

function unescapeCommandValue(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}
