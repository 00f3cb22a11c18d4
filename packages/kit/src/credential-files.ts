// Which files hold the runner's Google credentials, so that no build context and no upload ever
// carries them, whatever .dockerignore or .gcloudignore say. A plain module (node:fs and
// node:path only): @mlops-actions/image imports it as `@mlops-actions/kit/credential-files`
// without loading the rest of the kit.
import { type BigIntStats, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** google-github-actions/auth writes `gha-creds-<16 hex digits>.json` into the workspace. */
const CREDENTIALS_FILE_NAME = /^gha-creds-.*\.json$/;

/** The variables google-github-actions/auth exports, each naming the file it wrote. */
export const CREDENTIALS_VARIABLES = [
  'GOOGLE_APPLICATION_CREDENTIALS',
  'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
  'GOOGLE_GHA_CREDS_PATH',
] as const;

export interface CredentialFiles {
  /**
   * Whether the file at `path` must never be sent: it is named `gha-creds-*.json`, or it is (by
   * device and inode, so through a symbolic or hard link too) a file a credentials variable names.
   */
  holds(path: string): boolean;
}

/** The rule for this environment; the files the variables name are looked up once, here. */
export function credentialFiles(env: NodeJS.ProcessEnv = process.env): CredentialFiles {
  const named = new Set<string>();
  for (const variable of CREDENTIALS_VARIABLES) {
    const value = env[variable];
    const stat = value ? statOrUndefined(resolve(value)) : undefined;
    if (stat?.isFile()) named.add(identity(stat));
  }
  return {
    holds(path) {
      if (CREDENTIALS_FILE_NAME.test(basename(path))) return true;
      const link = lstatOrUndefined(path);
      if (!link) return false;
      if (!link.isSymbolicLink()) return named.has(identity(link));
      const target = realpathOrUndefined(path);
      if (target === undefined) return false;
      if (CREDENTIALS_FILE_NAME.test(basename(target))) return true;
      const stat = statOrUndefined(target);
      return stat !== undefined && named.has(identity(stat));
    },
  };
}

/** The one log line for a file left out by the rule; `path` is relative to what is sent, never the content. */
export function credentialFileLeftOut(path: string): string {
  return `Left out ${path}: it holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace), which are never sent, whatever the ignore files say.`;
}

function identity(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}`;
}

function statOrUndefined(path: string): BigIntStats | undefined {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): BigIntStats | undefined {
  try {
    return lstatSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
