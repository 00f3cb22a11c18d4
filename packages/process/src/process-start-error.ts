/** The program could not be started at all: not found, not executable, the command line too long. */
export class ProcessStartError extends Error {
  readonly program: string;
  /** ENOENT, EACCES, E2BIG, … */
  readonly code: string | undefined;
  declare readonly cause: NodeJS.ErrnoException;

  constructor(program: string, cause: NodeJS.ErrnoException) {
    super(`${JSON.stringify(program)} could not be started: ${cause.message}`, { cause });
    this.name = 'ProcessStartError';
    this.program = program;
    this.code = cause.code;
  }
}
