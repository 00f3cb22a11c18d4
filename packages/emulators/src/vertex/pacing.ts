import type { Outcome } from './scripts.ts';

/**
 * How many of a run's `total` steps have happened after `ticks` polls (or timer ticks). The last
 * step is the one that ends the run, so it happens exactly on the poll the outcome names; the
 * steps before it are spread over the polls in between. Unscripted: one step per poll.
 */
export function stepsDone(ticks: number, total: number, outcome: Outcome | undefined): number {
  if (ticks <= 0) return 0;
  if (outcome && 'stayRunning' in outcome) return Math.min(ticks, total - 1);
  const polls =
    outcome && 'succeedAfterPolls' in outcome
      ? outcome.succeedAfterPolls
      : outcome && 'failAtTask' in outcome && outcome.afterPolls !== undefined
        ? outcome.afterPolls
        : total;
  if (ticks >= polls) return total;
  if (polls <= 1) return total;
  return Math.min(total - 1, Math.max(1, Math.floor((ticks * (total - 1)) / (polls - 1))));
}
