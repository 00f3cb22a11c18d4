import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRegistryTools } from '@mlops-actions/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithLayer, type LayerBuildOptions } from '../src/builders/layer-builder.ts';
import { registryCredentials } from '../src/credentials/registry-credentials.ts';
import { parseDockerfile } from '../src/dockerfile/parse-dockerfile.ts';
import { parseRepository } from '../src/reference.ts';
import { projectDir, removeProjectDirs } from './project-dir.ts';
import { type BaseImages, startRegistryWithBases } from './registry-fixture.ts';

const missing = ensureRegistryTools();
// The token service signs with a certificate the openssl command makes (Debian's openssl package).
const noOpenssl = spawnSync('openssl', ['version']).error !== undefined;
if (noOpenssl)
  console.warn('Bearer token tests skipped: openssl not found; install with: apt-get install -y openssl');
const USERS = { ci: 's3cret-Pa55' };

function build(base: BaseImages, username?: string, password?: string): Promise<unknown> {
  const dir = projectDir({
    'app.py': 'print(1)\n',
    Dockerfile: `FROM ${base.single.reference}\nCOPY app.py /app/\n`,
  });
  const dockerfilePath = join(dir, 'Dockerfile');
  const options: LayerBuildOptions = {
    dockerfile: parseDockerfile(readFileSync(dockerfilePath, 'utf8')),
    dockerfilePath,
    contextDir: dir,
    target: parseRepository(`${base.registry.host}/p/r/pipeline`),
    tags: ['v1'],
    buildArgs: {},
    platform: { os: 'linux', architecture: 'amd64' },
    push: true,
    labels: {},
    credentials: registryCredentials({
      targetRegistry: base.registry.host,
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
    }),
    log: () => {},
  };
  return buildWithLayer(options);
}

describe.skipIf(missing !== undefined)('registry credentials', () => {
  describe('Basic (htpasswd)', () => {
    let base: BaseImages;
    beforeAll(async () => {
      base = await startRegistryWithBases(
        { auth: { kind: 'htpasswd', users: USERS } },
        { username: 'ci', password: USERS.ci },
      );
    });
    afterAll(async () => {
      await base?.stop();
      removeProjectDirs();
    });

    it('fails with 401 and says which inputs to set, then succeeds with them', async () => {
      await expect(build(base)).rejects.toThrow(
        `${base.registry.host} requires credentials to pull the manifest base/python:3.11 (HTTP 401, Basic). Set the username and password inputs to an account of ${base.registry.host} that may pull from it`,
      );
      await expect(build(base, 'ci', 'wrong')).rejects.toThrow(
        `${base.registry.host} rejected the credentials of user "ci" to pull the manifest base/python:3.11`,
      );
      await build(base, 'ci', USERS.ci);
      expect(await base.registry.listTags('p/r/pipeline')).toEqual(['v1']);
    });
  });

  describe.skipIf(noOpenssl)('Bearer tokens (the flow of Artifact Registry and Docker Hub)', () => {
    let base: BaseImages;
    beforeAll(async () => {
      base = await startRegistryWithBases(
        { auth: { kind: 'token', users: USERS } },
        { username: 'ci', password: USERS.ci },
      );
    });
    afterAll(async () => {
      await base?.stop();
      removeProjectDirs();
    });

    it('gets a token for the pushed and the base repository, and mounts the base layer with it', async () => {
      await expect(build(base)).rejects.toThrow(
        `${base.registry.host} requires credentials to pull the manifest`,
      );
      await expect(build(base, 'ci', 'wrong')).rejects.toThrow(
        /The token service of 127\.0\.0\.1:\d+ \(http:\/\/127\.0\.0\.1:\d+\/token\) refused the credentials of user "ci": HTTP 401/,
      );
      const tokenServer = base.registry.tokenServer;
      tokenServer?.requests.splice(0);
      const result = (await build(base, 'ci', USERS.ci)) as { layers: { transfer: string }[] };
      expect(result.layers.map((l) => l.transfer)).toEqual(['mounted', 'uploaded']);
      expect(tokenServer?.requests.at(-1)).toMatchObject({
        account: 'ci',
        status: 200,
        scopes: ['repository:base/python:pull', 'repository:p/r/pipeline:pull,push'],
      });
      // One token covers the whole build.
      expect(tokenServer?.requests.filter((r) => r.status === 200)).toHaveLength(1);
      // skopeo, with the stand-in's credentials, sees what was pushed.
      expect(await base.registry.listTags('p/r/pipeline')).toEqual(['v1']);
    });
  });
});
