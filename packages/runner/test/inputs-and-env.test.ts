import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltAction } from '../src/index.ts';
import { fixture } from './fixture.ts';

const envOf = (outputs: Record<string, string>) => JSON.parse(outputs.env ?? '{}') as Record<string, string>;

describe('inputs', () => {
  it('passes declared defaults, evaluating github and runner expressions', async () => {
    const result = await runBuiltAction({ actionDir: fixture('env-dump') });
    const env = envOf(result.outputs);
    expect(result.failed).toBe(false);
    expect(env.INPUT_NAME).toBe('world');
    expect(env['INPUT_GITHUB-TOKEN']).toBe('ghs_runner_test_token');
    expect(env.INPUT_WITH_SPACE).toBe('spaced');
    expect(env.INPUT_WHERE).toBe(env.GITHUB_WORKSPACE);
    expect(env.INPUT_REPO).toBe(`octo-org/octo-repo@${env.GITHUB_SHA}`);
    expect(env.INPUT_REF).toBe('refs/heads/main / push');
    expect(env.INPUT_TEMP).toBe(env.RUNNER_TEMP);
    expect(env.INPUT_EMPTY).toBe('');
    expect(result.annotations).toEqual([]);
  });

  it('prefers given values, matching names case-insensitively, and keeps an empty value', async () => {
    const result = await runBuiltAction({
      actionDir: fixture('env-dump'),
      inputs: { name: 'Ada', 'With Space': 'given', 'github-token': '' },
      token: 'ghs_other',
    });
    const env = envOf(result.outputs);
    expect(env.INPUT_NAME).toBe('Ada');
    expect(env.INPUT_WITH_SPACE).toBe('given');
    expect(env['INPUT_GITHUB-TOKEN']).toBe('');
    expect(result.annotations).toEqual([]);
  });

  it('warns about unexpected inputs like the runner, and still passes them', async () => {
    const result = await runBuiltAction({
      actionDir: fixture('env-dump'),
      inputs: { extra: 'x', 'other one': 'y' },
    });
    expect(envOf(result.outputs).INPUT_EXTRA).toBe('x');
    expect(envOf(result.outputs).INPUT_OTHER_ONE).toBe('y');
    expect(result.annotations).toEqual([
      {
        level: 'warning',
        step: 'main',
        message:
          "Unexpected input(s) 'extra', 'other one', valid inputs are ['name', 'github-token', 'with space', 'where', 'repo', 'ref', 'temp', 'empty', 'old']",
      },
    ]);
    expect(result.failed).toBe(false);
  });

  it('warns when a deprecated input is given', async () => {
    const result = await runBuiltAction({ actionDir: fixture('env-dump'), inputs: { old: 'x' } });
    expect(result.annotations.map((a) => a.message)).toEqual([
      "Input 'old' has been deprecated with message: use name instead",
    ]);
  });

  it('masks the job token in the log, as the runner does', async () => {
    const result = await runBuiltAction({ actionDir: fixture('env-dump') });
    expect(result.log).toContain('token input: ***');
    expect(result.log).not.toContain('ghs_runner_test_token');
  });
});

describe('environment', () => {
  afterEach(() => {
    delete process.env.MLOPS_RUNNER_LEAK_CHECK;
  });

  it("starts from a minimal environment, not the test process's", async () => {
    process.env.MLOPS_RUNNER_LEAK_CHECK = 'leaked';
    const env = envOf((await runBuiltAction({ actionDir: fixture('env-dump') })).outputs);
    expect(env.MLOPS_RUNNER_LEAK_CHECK).toBeUndefined();
    expect(env.PATH).toBe(process.env.PATH);
    expect(env.HOME).not.toBe(process.env.HOME);
  });

  it('sets the variables a hosted runner sets', async () => {
    const result = await runBuiltAction({ actionDir: fixture('env-dump') });
    const env = envOf(result.outputs);
    expect(env).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
    });
    expect(env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(env.GITHUB_RUN_ID).toMatch(/^\d+$/);
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY',
    ]) {
      expect(env[name]).toContain(`${env.RUNNER_TEMP}/_runner_file_commands/`);
    }
    expect(env.RUNNER_TOOL_CACHE).toBeTruthy();
    // Only composite actions get GITHUB_ACTION_PATH; a node action does not.
    expect(env.GITHUB_ACTION_PATH).toBeUndefined();
    expect(result.outputs.cwd).toBe(env.GITHUB_WORKSPACE);
    expect(result.outputs.event).toBe('{}');
  });

  it('lets options.env override the github context and add job-level variables', async () => {
    const env = envOf(
      (
        await runBuiltAction({
          actionDir: fixture('env-dump'),
          env: {
            GITHUB_REPOSITORY: 'acme/models',
            GITHUB_SHA: 'abc123',
            GITHUB_REF: 'refs/tags/v1.2.0',
            GITHUB_API_URL: 'http://127.0.0.1:9',
            MY_JOB_VAR: 'job-level',
          },
        })
      ).outputs,
    );
    expect(env).toMatchObject({
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_REF_NAME: 'v1.2.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      INPUT_REPO: 'acme/models@abc123',
      INPUT_REF: 'refs/tags/v1.2.0 / push',
      MY_JOB_VAR: 'job-level',
    });
  });

  it('writes the event payload to GITHUB_EVENT_PATH', async () => {
    const result = await runBuiltAction({
      actionDir: fixture('env-dump'),
      event: { name: 'workflow_dispatch', payload: { inputs: { span: '3' } } },
    });
    expect(envOf(result.outputs).GITHUB_EVENT_NAME).toBe('workflow_dispatch');
    expect(JSON.parse(result.outputs.event ?? '')).toEqual({ inputs: { span: '3' } });
  });

  it('runs in the given workspace', async () => {
    const workspace = await realpath(await mkdtemp(join(tmpdir(), 'runner-ws-')));
    try {
      const result = await runBuiltAction({ actionDir: fixture('env-dump'), workspace });
      expect(result.outputs.cwd).toBe(workspace);
      expect(envOf(result.outputs).GITHUB_WORKSPACE).toBe(workspace);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('runs the action on Node 24', async () => {
    const result = await runBuiltAction({ actionDir: fixture('env-dump') });
    expect(result.outputs.version).toMatch(/^v24\./);
    expect(result.log).toContain(`running on ${result.outputs.version}`);
  });
});
