export interface TailOptions {
  /** How many lines (default TAIL_LINES). */
  lines?: number;
  /** Longer lines are cut to this many characters (default MAX_LINE_LENGTH). */
  maxLineLength?: number;
  /** Applied to the whole output before lines are picked and cut (e.g. to redact credentials). */
  redact?: (line: string) => string;
}

/** A handful: the error and a little of what led to it; the log has the rest. */
export const TAIL_LINES = 10;
export const MAX_LINE_LENGTH = 300;

// CSI sequences (colours, cursor moves), OSC sequences (titles, links) and two-byte escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escapes is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

// Lines that only show progress: a bar of block characters (tqdm, pip, rich), an ASCII bar in
// brackets (docker pull, Keras), a bare percentage bar, or BuildKit's byte counts of a download.
const PROGRESS = [
  /[█▉▊▋▌▍▎▏━╸╺■]{3,}/,
  /\[[=#>.\- ]*[=#>][=#>.\- ]{3,}\]/,
  /^\s*\d{1,3}(?:\.\d+)?%\s*\|/,
  /^#\d+ sha256:[0-9a-f]+ [\d.]+\s*[kKMGT]?i?B \/ [\d.]+\s*[kKMGT]?i?B/,
];

/** Output as a terminal would show it: escapes removed, a line redrawn after CR shows its last text. */
export function plainLines(output: string): string[] {
  return output.split(/\r?\n/).map((line) => {
    const drawn = line
      .replace(ANSI, '')
      .split('\r')
      .filter((part) => part.trim() !== '');
    return (drawn.at(-1) ?? '').trimEnd();
  });
}

export function isProgressLine(line: string): boolean {
  return PROGRESS.some((pattern) => pattern.test(line));
}

/** The last meaningful lines of a program's output: no blank lines, escapes or progress bars, each bounded. */
export function meaningfulTail(output: string, options: TailOptions = {}): string[] {
  const count = options.lines ?? TAIL_LINES;
  const max = options.maxLineLength ?? MAX_LINE_LENGTH;
  const kept: string[] = [];
  const lines = plainLines(options.redact ? options.redact(output) : output);
  for (let index = lines.length - 1; index >= 0 && kept.length < count; index--) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || isProgressLine(line)) continue;
    kept.unshift(line.length > max ? `${line.slice(0, max)}…` : line);
  }
  return kept;
}

/** The end of a message that quotes the tail: ` Last lines of its output (…):\n…`, or ` It printed nothing.` */
export function tailText(tail: readonly string[]): string {
  return tail.length === 0
    ? ' It printed nothing.'
    : ` Last lines of its output (all of it is in the log):\n${tail.join('\n')}`;
}
