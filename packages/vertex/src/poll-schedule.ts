const FIRST_MS = 1000;
const STEADY_MS = 10_000;
const SLOW_MS = 30_000;
const SLOW_AFTER_MS = 10 * 60_000;

/**
 * How long to wait before the next status call: 1 s, 2 s, 4 s, 8 s, then every 10 s — so no
 * more than one call per 10 s once the first minute is over — and every 30 s after ten minutes,
 * when a pipeline is clearly in for the long haul (Vertex AI bills nothing for these reads, but
 * they count against the project's per-minute request quota).
 */
export function pollDelayMs(pollsSoFar: number, elapsedMs: number): number {
  if (elapsedMs >= SLOW_AFTER_MS) return SLOW_MS;
  return Math.min(STEADY_MS, FIRST_MS * 2 ** Math.max(0, pollsSoFar));
}
