import { execFile } from 'node:child_process';

/** Runs skopeo against a plain-HTTP loopback registry; rejects with skopeo's own message. */
export function skopeo(binary: string, args: string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    // --insecure-policy: no signature policy file is needed for a throwaway local registry.
    execFile(
      binary,
      ['--insecure-policy', ...args],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`skopeo ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** What `skopeo inspect` reports about an image. */
export interface ImageInspection {
  Name: string;
  Digest: string;
  RepoTags: string[];
  Created?: string;
  Architecture: string;
  Os: string;
  Layers: string[];
  Labels: Record<string, string> | null;
  Env?: string[];
}
