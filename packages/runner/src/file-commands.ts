// The files a step writes to talk to the runner, parsed as actions/runner's FileCommandManager does.

/** The five file commands, in the order the runner processes them after a step, with its file prefixes. */
export const FILE_COMMANDS = [
  { name: 'path', env: 'GITHUB_PATH', prefix: 'add_path_' },
  { name: 'env', env: 'GITHUB_ENV', prefix: 'set_env_' },
  { name: 'step_summary', env: 'GITHUB_STEP_SUMMARY', prefix: 'step_summary_' },
  { name: 'state', env: 'GITHUB_STATE', prefix: 'save_state_' },
  { name: 'output', env: 'GITHUB_OUTPUT', prefix: 'set_output_' },
] as const;

export type FileCommandName = (typeof FILE_COMMANDS)[number]['name'];

/**
 * `NAME=value` and `NAME<<DELIMITER … DELIMITER` lines (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE).
 * Pairs are yielded one by one and an error is thrown at the first malformed line, so — as in the
 * runner, which enumerates lazily — the pairs before it take effect and the ones after do not.
 * Only LF ends a line (a CR stays in the value), as on the runner's Linux build.
 */
export function* keyValuePairs(text: string): Generator<[string, string]> {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const reader = new LineReader(content);
  for (let line = reader.next(); line !== undefined; line = reader.next()) {
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      // The runner only checks that the line is non-empty here, so `=value` sets an empty name.
      yield [line.slice(0, equals), line.slice(equals + 1)];
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      yield [name, reader.until(delimiter)];
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
}

/** GITHUB_PATH: one directory per line (CR, LF or CRLF), blank lines skipped. */
export function pathLines(text: string): string[] {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return content.split(/\r\n|\r|\n/).filter((line) => line !== '');
}

class LineReader {
  private index = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** The next line without its LF, or undefined at the end of the text. */
  next(): string | undefined {
    return this.read()?.line;
  }

  /** The lines up to a line equal to the delimiter, joined by the LFs between them. */
  until(delimiter: string): string {
    const start = this.index;
    let end = start;
    for (;;) {
      const read = this.read();
      if (read === undefined) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
      if (read.line === delimiter) return this.text.slice(start, end);
      if (!read.newline) throw new Error('Invalid value. EOF marker missing new line.');
      end = this.index - 1;
    }
  }

  private read(): { line: string; newline: boolean } | undefined {
    if (this.index >= this.text.length) return undefined;
    const start = this.index;
    const lf = this.text.indexOf('\n', start);
    if (lf < 0) {
      this.index = this.text.length;
      return { line: this.text.slice(start), newline: false };
    }
    this.index = lf + 1;
    return { line: this.text.slice(start, lf), newline: true };
  }
}
