// What a pushed image carries, read back as a user would: `skopeo copy` into a directory, then
// GNU tar lists each layer blob.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RegistryStandIn, requireRegistryTools } from '@mlops-actions/emulators';

/** The paths in each layer of `image` (`repo:tag` on the stand-in), base layers first. */
export function pushedLayerFiles(registry: RegistryStandIn, image: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'build-image-pulled-'));
  try {
    execFileSync(requireRegistryTools().skopeo, [
      'copy',
      '--src-tls-verify=false',
      '--src-no-creds',
      `docker://${registry.reference(image)}`,
      `dir:${dir}`,
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      layers: { digest: string }[];
    };
    return manifest.layers.map((layer) =>
      execFileSync('tar', ['-tzf', join(dir, layer.digest.replace(/^sha256:/, ''))], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
