import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRegistryTools, RegistryStandIn, writeTinyImage } from '../../src/registry/index.ts';
import { tar } from '../../src/registry/tar.ts';

// The setup script installs docker-registry and skopeo; without them these tests say how, and skip.
const missing = ensureRegistryTools();
if (missing) console.warn(`registry tests skipped: ${missing}`);

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(missing !== undefined)('the CNCF distribution registry stand-in', () => {
  let registry: RegistryStandIn;
  let work: string;
  beforeAll(async () => {
    registry = await new RegistryStandIn().start();
    work = mkdtempSync(join(tmpdir(), 'tiny-image-'));
  });
  afterAll(async () => {
    await registry.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('answers the Docker registry API v2 on loopback', async () => {
    const response = await fetch(`${registry.url}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('takes a pushed image and shows it back with the same digest', async () => {
    const image = await writeTinyImage(join(work, 'tiny'), {
      tag: 'v1',
      files: { 'model/weights.txt': '0.1 0.2 0.3\n' },
      labels: { 'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo' },
    });

    await registry.push(`oci:${image.dir}:v1`, 'mlops/trainer:v1');

    const inspected = await registry.inspect('mlops/trainer:v1');
    expect(inspected.Digest).toBe(image.manifestDigest);
    expect(inspected.Name).toBe(`${registry.host}/mlops/trainer`);
    expect(inspected.Layers).toEqual([image.layerDigest]);
    expect(inspected.Labels).toEqual({
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo',
    });
    expect(inspected.Architecture).toBe('amd64');

    const stored = await registry.manifest(`mlops/trainer@${image.manifestDigest}`);
    expect(stored.digest).toBe(image.manifestDigest);
    expect(stored.manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
  });

  it('lists tags, and none for a repository nothing was pushed to', async () => {
    const image = await writeTinyImage(join(work, 'tags'), { tag: 'latest' });
    await registry.push(`oci:${image.dir}:latest`, 'mlops/server:2024-01-01');
    await registry.push(`oci:${image.dir}:latest`, 'mlops/server:latest');

    expect(await registry.listTags('mlops/server')).toEqual(['2024-01-01', 'latest']);
    expect(await registry.listTags('mlops/never-pushed')).toEqual([]);
  });

  it('reports a missing tag as skopeo does', async () => {
    await expect(registry.inspect('mlops/trainer:no-such-tag')).rejects.toThrow(/manifest unknown/i);
  });

  it('writes the same digests for the same image, run after run', async () => {
    const a = await writeTinyImage(join(work, 'a'), { files: { 'x.txt': 'x' } });
    const b = await writeTinyImage(join(work, 'b'), { files: { 'x.txt': 'x' } });
    expect(a.manifestDigest).toBe(b.manifestDigest);
  });

  it('stops without leaving the process or its storage behind', async () => {
    const other = await new RegistryStandIn().start();
    const pid = other.pid as number;
    const directory = other.directory as string;
    expect(processAlive(pid)).toBe(true);
    expect(existsSync(join(directory, 'config.yml'))).toBe(true);

    await other.stop();

    expect(processAlive(pid)).toBe(false);
    expect(existsSync(directory)).toBe(false);
    expect(
      await fetch(`${other.url}/v2/`).then(
        () => 'answered',
        () => 'refused',
      ),
    ).toBe('refused');
  });
});

describe('the tar writer behind the tiny image', () => {
  it('writes archives GNU tar reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    try {
      const archive = join(dir, 'layer.tar');
      const data = tar([
        { name: 'a.txt', data: 'alpha\n' },
        { name: 'dir/b.bin', data: Buffer.alloc(1000, 7) },
      ]);
      writeFileSync(archive, data);
      const listing = spawnSync('tar', ['-tvf', archive], { encoding: 'utf8' });
      expect(listing.status).toBe(0);
      expect(listing.stdout).toMatch(/a\.txt/);
      expect(listing.stdout).toMatch(/1000 .*dir\/b\.bin/);
      const extracted = spawnSync('tar', ['-xf', archive, '-C', dir]);
      expect(extracted.status).toBe(0);
      expect(existsSync(join(dir, 'dir', 'b.bin'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ensureRegistryTools', () => {
  it('says which packages to install when the binaries are missing', () => {
    expect(ensureRegistryTools('/nonexistent')).toBe(
      'docker-registry and skopeo not found; install with: apt-get install -y docker-registry skopeo',
    );
  });
});
