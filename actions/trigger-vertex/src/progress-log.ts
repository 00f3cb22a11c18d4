import { formatDuration, infoUntrusted } from '@mlops-actions/kit';
import type { JobChange } from '@mlops-actions/vertex';

/**
 * One log line per state change, with the time since following began:
 * `[1m 5s] Trainer: RUNNING → SUCCEEDED`. Task names and errors come from the spec and the
 * service, so they are printed as untrusted text.
 */
export function logChange(change: JobChange, elapsedMs: number): void {
  // Seconds: the polls are seconds apart, so milliseconds would only be noise.
  const elapsed = elapsedMs < 1000 ? '0s' : formatDuration(elapsedMs);
  infoUntrusted(`[${elapsed}] ${changeText(change)}`);
}

export function changeText(change: JobChange): string {
  if (change.kind === 'job') return `Pipeline job: ${transition(change.previous, change.state)}`;
  const error = change.task.error ? ` — ${change.task.error}` : '';
  return `${change.task.name}: ${transition(change.previous, change.task.state)}${error}`;
}

function transition(previous: string | undefined, state: string): string {
  return previous === undefined ? state : `${previous} → ${state}`;
}
