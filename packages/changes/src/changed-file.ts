/** How a file changed between two commits. */
export type ChangeStatus = 'added' | 'modified' | 'deleted';

export const CHANGE_STATUSES: readonly ChangeStatus[] = ['added', 'modified', 'deleted'];

/**
 * A file that changed, by its repository-relative POSIX path. A rename arrives already split into
 * the old path as `deleted` and the new one as `added`, so filters never need a fourth status.
 */
export interface ChangedFile {
  path: string;
  status: ChangeStatus;
}
