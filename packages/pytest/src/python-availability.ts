import { lastLines } from './output-text.ts';

const SETUP_PYTHON =
  'Set up Python in a step before this one (actions/setup-python), or set the python input to the path of an interpreter.';

/** The interpreter could not be started at all: not found, not executable, or the command line too long. */
export class PythonNotStartedError extends Error {
  readonly python: string;
  readonly code: string | undefined;

  constructor(python: string, cause: NodeJS.ErrnoException) {
    super(startFailureMessage(python, cause), { cause });
    this.name = 'PythonNotStartedError';
    this.python = python;
    this.code = cause.code;
  }
}

function startFailureMessage(python: string, error: NodeJS.ErrnoException): string {
  const shown = JSON.stringify(python);
  switch (error.code) {
    case 'ENOENT':
      return `Python was not found: ${shown} ${python.includes('/') ? 'does not exist' : 'is not on PATH'}. ${SETUP_PYTHON}`;
    case 'EACCES':
      return `Python could not be started: ${shown} is not executable. ${SETUP_PYTHON}`;
    case 'E2BIG':
      return 'The pytest command line is longer than this system allows: the pattern input matched too many files. Narrow it, or run the action once per folder.';
    default:
      return `Python could not be started: ${shown}: ${error.message}. ${SETUP_PYTHON}`;
  }
}

/** The interpreter started, but is missing pytest, or is a launcher (pyenv shim) without a Python behind it. */
export class PytestUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PytestUnavailableError';
  }
}

/**
 * Recognises, from a run that wrote no report, that pytest never started: `No module named pytest`,
 * or exit status 127 (a launcher that found no interpreter). Undefined when pytest itself ran.
 */
export function pytestUnavailable(
  python: string,
  exitCode: number | null,
  outputTail: string,
): PytestUnavailableError | undefined {
  const shown = JSON.stringify(python);
  if (/^.*No module named pytest\b.*$/m.test(outputTail)) {
    return new PytestUnavailableError(
      `pytest is not installed for ${shown}: ${lastLines(outputTail, 1)}. Install it in a step before this one: pip install pytest (or the requirements file that lists it).`,
    );
  }
  if (exitCode === 127) {
    return new PytestUnavailableError(
      `Python was not found: ${shown} exited with status 127 (${lastLines(outputTail, 1) || 'no output'}). ${SETUP_PYTHON}`,
    );
  }
  return undefined;
}
