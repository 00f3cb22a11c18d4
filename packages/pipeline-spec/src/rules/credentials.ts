import { findCredentials } from '../credential-scan.ts';
import type { ProblemList } from '../problems.ts';

/** No string in the document looks like a credential; the message names the path, never the value. */
export function checkCredentials(document: unknown, problems: ProblemList): void {
  for (const finding of findCredentials(document)) {
    problems.error(
      'credential',
      finding.segments,
      `looks like ${finding.kind}; a compiled pipeline is readable by everyone who can read its bucket. Remove it and pass it at run time (for example from Secret Manager)`,
    );
  }
}
