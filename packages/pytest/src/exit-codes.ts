/** pytest's exit statuses (pytest.ExitCode). */
export const PYTEST_EXIT = {
  ok: 0,
  testsFailed: 1,
  interrupted: 2,
  internalError: 3,
  usageError: 4,
  noTestsCollected: 5,
} as const;

const MEANING: Record<number, string> = {
  0: 'all tests passed',
  1: 'tests failed',
  2: 'interrupted',
  3: 'internal error',
  4: 'usage error',
  5: 'no tests collected',
};

/** `4 (usage error)`; a status pytest does not define is shown bare. */
export function describeExitCode(code: number | null, signal: string | null = null): string {
  if (code === null) return `killed by ${signal ?? 'a signal'}`;
  const meaning = MEANING[code];
  return meaning === undefined ? String(code) : `${code} (${meaning})`;
}
