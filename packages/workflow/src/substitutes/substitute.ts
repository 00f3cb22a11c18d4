import type { JobState } from '../job-state.ts';
import type { StepLog } from '../step-log.ts';

/** A local equivalent of a third-party action that cannot run here (no network, no cloud). */
export interface Substitute {
  /** owner/repo of the action it stands in for. */
  action: string;
  /** What runs instead, said in the step's log and the demo's output. */
  instead: string;
  /** The same in a few words, for one-line step listings. */
  short: string;
  /** GITHUB_TOKEN permissions the real action needs; a job without them fails as on GitHub. */
  permissions: Record<string, 'read' | 'write'>;
  run(
    job: JobState,
    inputs: Record<string, string>,
    log: StepLog,
  ): Promise<{ outputs: Record<string, string>; env?: Record<string, string>; path?: string[] }>;
}
