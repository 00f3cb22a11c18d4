/** How the next builds end; the newest script applies to builds created after it. */
export type BuildOutcome =
  | { status: 'SUCCESS' }
  /** A step exits non-zero (default: the last step), as a failing RUN in a Dockerfile does. */
  | { status: 'FAILURE'; failAtStep?: number; message?: string }
  | { status: 'TIMEOUT' }
  | { status: 'INTERNAL_ERROR' };

export const TERMINAL = new Set(['SUCCESS', 'FAILURE', 'INTERNAL_ERROR', 'TIMEOUT', 'CANCELLED', 'EXPIRED']);
