import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository name under which our actions and reusable workflows are published. */
export const OWN_REPOSITORY = 'mlops-actions';

export type UsesTarget =
  | { kind: 'own-action'; name: string; ref: string }
  | { kind: 'own-workflow'; file: string; ref: string }
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'third-party'; action: string; ref: string };

// The owner is any account, or the `<owner>` placeholder the READMEs' examples write.
const OWNER = '(?:<owner>|[A-Za-z0-9_.-]+)';
const OWN_ACTION = new RegExp(`^${OWNER}/${OWN_REPOSITORY}/actions/([a-z0-9-]+)@(.+)$`);
const OWN_WORKFLOW = new RegExp(`^${OWNER}/${OWN_REPOSITORY}/\\.github/workflows/([^/@]+\\.ya?ml)@(.+)$`);

/** What a `uses:` names, as GitHub reads it. */
export function resolveUses(uses: string): UsesTarget {
  const ownAction = OWN_ACTION.exec(uses);
  if (ownAction) return { kind: 'own-action', name: ownAction[1] ?? '', ref: ownAction[2] ?? '' };
  const ownWorkflow = OWN_WORKFLOW.exec(uses);
  if (ownWorkflow) return { kind: 'own-workflow', file: ownWorkflow[1] ?? '', ref: ownWorkflow[2] ?? '' };
  if (uses.startsWith('./')) return { kind: 'local', path: uses };
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice('docker://'.length) };
  const at = uses.lastIndexOf('@');
  return at < 0
    ? { kind: 'third-party', action: uses, ref: '' }
    : { kind: 'third-party', action: uses.slice(0, at), ref: uses.slice(at + 1) };
}

/** The folder of one of our actions, when it exists (has an action.yml or action.yaml). */
export function ownActionDir(actionsRoot: string, name: string): string | undefined {
  const dir = join(actionsRoot, name);
  return existsSync(join(dir, 'action.yml')) || existsSync(join(dir, 'action.yaml')) ? dir : undefined;
}

/** A full commit SHA, as GitHub's hardening guide asks third-party actions to be pinned by. */
export function isFullSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/.test(ref);
}
