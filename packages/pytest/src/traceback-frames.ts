/** A place a traceback names, as printed: the path may be relative to pytest's cwd or absolute. */
export interface TracebackFrame {
  path: string;
  line: number;
}

// pytest's own styles (long, short, auto): an unindented `path:12: AssertionError` or
// `path:12: in helper`. Source lines are indented, or start with `>` or `E ` (with no path).
const PYTEST_FRAME = /^(?![>E]\s|\s)(.+?):(\d+):(?:\s|$)/;
// Python's style (--tb=native, and a SyntaxError inside pytest's `E` lines): `File "path", line 12`.
const NATIVE_FRAME = /^(?:E\s+)?\s*File "(.+)", line (\d+)/;
// Where pytest was when SIGINT reached it: `/path/hang_test.py:7: KeyboardInterrupt`.
const INTERRUPT_FRAME = /^(.+?):(\d+): KeyboardInterrupt\s*$/;

/** Every location in a traceback, outermost first, innermost (deepest) last. */
export function tracebackFrames(traceback: string): TracebackFrame[] {
  const frames: TracebackFrame[] = [];
  for (const line of traceback.split(/\r?\n/)) {
    const match = PYTEST_FRAME.exec(line) ?? NATIVE_FRAME.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      frames.push({ path: match[1], line: Number(match[2]) });
    }
  }
  return frames;
}

/** Where pytest reported it was interrupted, from its terminal output (last one wins). */
export function interruptFrame(output: string): TracebackFrame | undefined {
  let found: TracebackFrame | undefined;
  for (const line of output.split(/\r?\n/)) {
    const match = INTERRUPT_FRAME.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined)
      found = { path: match[1], line: Number(match[2]) };
  }
  return found;
}

/** The `E   ` lines pytest writes under a traceback (the exception and its explanation), unprefixed. */
export function explanationLines(traceback: string): string {
  return traceback
    .split(/\r?\n/)
    .filter((line) => /^E(\s|$)/.test(line))
    .map((line) => line.replace(/^E {0,3}/, ''))
    .join('\n')
    .trim();
}
