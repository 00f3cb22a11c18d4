import { describe, expect, it } from 'vitest';
import { parseApiEndpoint, regionalEndpoint } from '../src/endpoint.ts';
import { labelProblem, sanitizeLabelKey, sanitizeLabelValue } from '../src/labels.ts';
import { consoleUrl } from '../src/pipeline-job-view.ts';
import { pollDelayMs } from '../src/poll-schedule.ts';
import { parseTemplateUrl } from '../src/templates.ts';

describe('api endpoints', () => {
  it('reads hosts, ports and https URLs; loopback is local', () => {
    expect(regionalEndpoint('europe-west4')).toEqual({
      host: 'europe-west4-aiplatform.googleapis.com',
      port: 443,
      local: false,
    });
    expect(parseApiEndpoint('private.example.com:8443')).toEqual({
      host: 'private.example.com',
      port: 8443,
      local: false,
    });
    expect(parseApiEndpoint('https://us-central1-aiplatform.googleapis.com/')).toEqual({
      host: 'us-central1-aiplatform.googleapis.com',
      port: 443,
      local: false,
    });
    expect(parseApiEndpoint('127.0.0.1:4001')).toEqual({ host: '127.0.0.1', port: 4001, local: true });
    expect(parseApiEndpoint('http://localhost:4001')).toEqual({ host: 'localhost', port: 4001, local: true });
  });

  it('refuses plain http off loopback, paths, and bad ports', () => {
    expect(parseApiEndpoint('http://vertex.example.com')).toEqual({
      problem: 'plain http is allowed only for a loopback stand-in (127.0.0.1); use https',
    });
    expect(parseApiEndpoint('https://host/v1/projects')).toHaveProperty('problem');
    expect(parseApiEndpoint('host:99999')).toEqual({ problem: 'port 99999 is out of range' });
    expect(parseApiEndpoint('bad_host!')).toHaveProperty('problem');
  });
});

describe('labels', () => {
  it('makes any text a valid label', () => {
    expect(sanitizeLabelValue('Octo-Org/Vision.Models')).toBe('octo-org_vision_models');
    expect(sanitizeLabelValue('x'.repeat(80))).toHaveLength(63);
    expect(sanitizeLabelKey('1st-team')).toBe('l_1st-team');
    expect(sanitizeLabelKey('Équipe')).toBe('équipe');
    expect(labelProblem('équipe', 'vision')).toBeUndefined();
    expect(labelProblem('Team', 'x')).toMatch(/must start with a lowercase letter/);
    expect(labelProblem('team', 'a/b')).toMatch(/may hold only/);
  });
});

describe('Artifact Registry template URLs', () => {
  it('accepts <region>-kfp.pkg.dev with a four-part path, and http only on 127.0.0.1', () => {
    expect(
      parseTemplateUrl('https://us-central1-kfp.pkg.dev/my-project/pipelines/training/v3'),
    ).toBeInstanceOf(URL);
    expect(parseTemplateUrl('http://127.0.0.1:9000/p/r/k/v1')).toBeInstanceOf(URL);
    expect(parseTemplateUrl('http://us-central1-kfp.pkg.dev/p/r/k/v1')).toEqual({
      problem: 'it must use https (plain http only for a 127.0.0.1 stand-in)',
    });
    expect(parseTemplateUrl('https://us-central1-kfp.pkg.dev/p/r/k')).toEqual({
      problem: 'its path must be /<project>/<repository>/<package>/<tag or version>',
    });
    expect(parseTemplateUrl('https://user:pw@us-central1-kfp.pkg.dev/p/r/k/v')).toEqual({
      problem: 'it must not carry credentials',
    });
  });
});

describe('poll schedule and console links', () => {
  it('backs off to 10 s within the first minute, and to 30 s after ten minutes', () => {
    expect([0, 1, 2, 3, 4, 5].map((polls) => pollDelayMs(polls, 0))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
    expect(pollDelayMs(40, 9 * 60_000)).toBe(10_000);
    expect(pollDelayMs(60, 10 * 60_000)).toBe(30_000);
  });

  it('links a run in the console', () => {
    expect(consoleUrl('my-project', 'us-central1', 'training-42-1')).toBe(
      'https://console.cloud.google.com/vertex-ai/locations/us-central1/pipelines/runs/training-42-1?project=my-project',
    );
  });
});
