import type { RunContext } from '@mlops-actions/kit';

const MAX_ID = 128;
/** Earlier attempts looked at when a run is re-run: enough for any real sequence of "Re-run jobs". */
const EARLIER_ATTEMPTS_CHECKED = 10;

/**
 * The default job id: `<pipeline name>-<run id>-<attempt>`, lowercase letters, digits and `-`,
 * starting with a letter, at most 128 characters (the name is shortened, never the run's part).
 * Outside GitHub Actions (no run id) the time stands in for the run.
 */
export function derivedJobId(
  pipelineName: string,
  context: Pick<RunContext, 'runId' | 'runAttempt'>,
  attempt = context.runAttempt,
  now: Date = new Date(),
): string {
  const run = context.runId
    ? sanitise(context.runId)
    : `local-${now.toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const suffix = `-${run}-${attempt}`;
  let name = sanitise(pipelineName) || 'pipeline';
  if (!/^[a-z]/.test(name)) name = `p-${name}`;
  name = name.slice(0, MAX_ID - suffix.length).replace(/-+$/, '');
  return `${name}${suffix}`;
}

/** The ids earlier attempts of this run would have used, newest first. */
export function earlierAttemptJobIds(
  pipelineName: string,
  context: Pick<RunContext, 'runId' | 'runAttempt'>,
): string[] {
  if (!context.runId) return [];
  const ids: string[] = [];
  for (
    let attempt = context.runAttempt - 1;
    attempt >= 1 && ids.length < EARLIER_ATTEMPTS_CHECKED;
    attempt--
  ) {
    ids.push(derivedJobId(pipelineName, context, attempt));
  }
  return ids;
}

function sanitise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
