import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentialFiles } from '@mlops-actions/kit/credential-files';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerBuildArgs } from '../src/builders/docker-builder.ts';
import { prepareDockerContext } from '../src/builders/docker-context.ts';
import { walkContext } from '../src/context/context-walk.ts';
import { DockerIgnore } from '../src/context/dockerignore.ts';
import { parseRepository } from '../src/reference.ts';
import { projectDir, removeProjectDirs } from './project-dir.ts';

afterAll(removeProjectDirs);

const USER_IGNORE = '**/*_test.py\n!gha-creds-*.json\n!keys/**\n';

/** The context docker would be given: walked with the ignore file it would read, and no other rule. */
function whatDockerSends(contextDir: string, dockerfilePath: string): string[] {
  return walkContext(contextDir, DockerIgnore.read(contextDir, dockerfilePath), {
    credentials: { holds: () => false },
  })
    .filter((entry) => entry.type !== 'directory')
    .map((entry) => entry.path);
}

describe('the context the docker builder gives docker', () => {
  it('keeps credentials files out through a <Dockerfile>.dockerignore beside a copy of the Dockerfile, leaving the workspace as it was', () => {
    const context = projectDir({
      Dockerfile: 'FROM python:3.11\nCOPY ./ ./\nRUN pip install .\n',
      '.dockerignore': USER_IGNORE,
      'model.py': 'm',
      'model_test.py': 't',
      'gha-creds-abc.json': '{"type":"external_account"}',
      'keys/sa.json': '{"type":"service_account"}',
      '#odd!name.json': 'not a credential',
    });
    const before = whatDockerSends(context, join(context, 'Dockerfile'));
    expect(before).toContain('gha-creds-abc.json');
    expect(before).toContain('keys/sa.json');

    const workDir = mkdtempSync(join(tmpdir(), 'docker-work-'));
    const prepared = prepareDockerContext({
      contextDir: context,
      dockerfilePath: join(context, 'Dockerfile'),
      workDir,
      credentials: credentialFiles({ GOOGLE_APPLICATION_CREDENTIALS: join(context, 'keys/sa.json') }),
    });

    expect(prepared.credentialFiles).toEqual(['gha-creds-abc.json', 'keys/sa.json']);
    expect(prepared.dockerfilePath).toBe(join(workDir, 'Dockerfile'));
    expect(readFileSync(prepared.dockerfilePath, 'utf8')).toBe(
      readFileSync(join(context, 'Dockerfile'), 'utf8'),
    );
    expect(readFileSync(join(workDir, 'Dockerfile.dockerignore'), 'utf8')).toBe(
      `${USER_IGNORE}# build-image: credentials files never enter the build context\ngha-creds-abc.json\nkeys/sa.json\n`,
    );
    expect(whatDockerSends(context, prepared.dockerfilePath).sort()).toEqual([
      '#odd!name.json',
      '.dockerignore',
      'Dockerfile',
      'model.py',
    ]);
    // The workspace's own ignore file is untouched, and nothing was added to the context.
    expect(readFileSync(join(context, '.dockerignore'), 'utf8')).toBe(USER_IGNORE);
    expect(existsSync(join(context, 'Dockerfile.dockerignore'))).toBe(false);

    const args = dockerBuildArgs(
      {
        dockerfilePath: prepared.dockerfilePath,
        contextDir: context,
        target: parseRepository('registry.example.com/team/pipeline'),
        tags: ['v1'],
        buildArgs: {},
        platform: { os: 'linux', architecture: 'amd64' },
        push: true,
        labels: {},
        credentials: async () => undefined,
        log: () => {},
        tempDir: workDir,
      },
      join(workDir, 'metadata.json'),
    );
    expect(args.slice(0, 4)).toEqual(['buildx', 'build', '--file', join(workDir, 'Dockerfile')]);
    expect(args.at(-1)).toBe(context);
  });

  it('passes the Dockerfile itself when the context holds no credentials file', () => {
    const context = projectDir({ Dockerfile: 'FROM scratch\n', 'model.py': 'm' });
    const prepared = prepareDockerContext({
      contextDir: context,
      dockerfilePath: join(context, 'Dockerfile'),
      workDir: mkdtempSync(join(tmpdir(), 'docker-work-')),
      credentials: credentialFiles({}),
    });
    expect(prepared).toEqual({ dockerfilePath: join(context, 'Dockerfile'), credentialFiles: [] });
  });
});
