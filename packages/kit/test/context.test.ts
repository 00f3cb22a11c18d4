import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventPayload, readRunContext, runUrl } from '../src/index.ts';

const runnerEnv = {
  GITHUB_REPOSITORY: 'acme/pipelines',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: '/home/runner/work/_temp/_github_workflow/event.json',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_RUN_ATTEMPT: '3',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_WORKFLOW_REF: 'acme/pipelines/.github/workflows/ci.yml@refs/heads/main',
  GITHUB_JOB: 'train',
  GITHUB_ACTOR: 'octocat',
  GITHUB_WORKSPACE: '/home/runner/work/pipelines/pipelines',
  GITHUB_SERVER_URL: 'https://github.example.com/',
  GITHUB_API_URL: 'https://github.example.com/api/v3',
  RUNNER_TEMP: '/home/runner/work/_temp',
};

describe('readRunContext', () => {
  it('reads the runner variables', () => {
    expect(readRunContext(runnerEnv)).toEqual({
      repository: 'acme/pipelines',
      owner: 'acme',
      repo: 'pipelines',
      sha: 'ffac537e6cbbf934b08745a378932722df287a53',
      ref: 'refs/heads/main',
      refName: 'main',
      headRef: '',
      baseRef: '',
      eventName: 'push',
      eventPath: '/home/runner/work/_temp/_github_workflow/event.json',
      runId: '1658821493',
      runAttempt: 3,
      runNumber: 42,
      workflow: 'CI',
      workflowRef: 'acme/pipelines/.github/workflows/ci.yml@refs/heads/main',
      job: 'train',
      actor: 'octocat',
      workspace: '/home/runner/work/pipelines/pipelines',
      serverUrl: 'https://github.example.com',
      apiUrl: 'https://github.example.com/api/v3',
      runnerTemp: '/home/runner/work/_temp',
    });
  });

  it('has defaults outside a runner', () => {
    const ctx = readRunContext({});
    expect(ctx).toMatchObject({
      repository: '',
      owner: '',
      repo: '',
      runId: '',
      runAttempt: 1,
      runNumber: 0,
      workspace: process.cwd(),
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runnerTemp: tmpdir(),
    });
  });

  it('takes the owner from the repository when GITHUB_REPOSITORY_OWNER is unset', () => {
    expect(readRunContext({ GITHUB_REPOSITORY: 'o/r' })).toMatchObject({ owner: 'o', repo: 'r' });
  });

  it('rejects an unreadable run attempt', () => {
    expect(() => readRunContext({ GITHUB_RUN_ATTEMPT: 'two' })).toThrow(
      'GITHUB_RUN_ATTEMPT must be a positive integer; got "two".',
    );
  });

  it('links to the run attempt', () => {
    expect(runUrl(readRunContext(runnerEnv))).toBe(
      'https://github.example.com/acme/pipelines/actions/runs/1658821493/attempts/3',
    );
  });
});

describe('readEventPayload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kit-event-'));

  it('parses the event JSON', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ pull_request: { number: 7 } }));
    expect(readEventPayload({ eventPath: path })).toEqual({ pull_request: { number: 7 } });
  });

  it('is empty without an event file', () => {
    expect(readEventPayload({ eventPath: '' })).toEqual({});
    expect(readEventPayload({ eventPath: join(dir, 'missing.json') })).toEqual({});
  });

  it('fails clearly on a file that is not JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"ref": ');
    expect(() => readEventPayload({ eventPath: path })).toThrow(
      new RegExp(`^The event payload at ${path} \\(GITHUB_EVENT_PATH\\) is not valid JSON: `),
    );
    const list = join(dir, 'list.json');
    writeFileSync(list, '[]');
    expect(() => readEventPayload({ eventPath: list })).toThrow(
      `The event payload at ${list} (GITHUB_EVENT_PATH) is not a JSON object.`,
    );
  });
});
