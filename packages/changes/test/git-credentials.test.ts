import { describe, expect, it } from 'vitest';
import { basicCredential, credentialsEnv, isAuthenticationFailure } from '../src/git-credentials.ts';

describe('fetch credentials', () => {
  const credentials = { serverUrl: 'https://github.com/', token: 'ghs_abc' };

  it('scopes the header to the server origin, clearing a persisted one first', () => {
    expect(credentialsEnv(credentials, {})).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_abc').toString('base64')}`,
    });
    expect(basicCredential('ghs_abc')).toBe('eC1hY2Nlc3MtdG9rZW46Z2hzX2FiYw==');
  });

  it('keeps GIT_CONFIG_* entries the job already set', () => {
    const env = credentialsEnv(credentials, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.x' });
    expect(env.GIT_CONFIG_COUNT).toBe('3');
    expect(env.GIT_CONFIG_KEY_0).toBeUndefined();
    expect(env.GIT_CONFIG_KEY_2).toBe('http.https://github.com/.extraheader');
  });

  it.each([
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", true],
    ["fatal: Authentication failed for 'https://github.com/o/r/'", true],
    ['remote: Repository not found.\nfatal: repository not found', true],
    ['fatal: unable to access: The requested URL returned error: 403', true],
    ['fatal: remote error: upload-pack: not our ref 1234', false],
    ["fatal: couldn't find remote ref refs/heads/gone", false],
  ])('classifies %j as an authentication failure: %s', (stderr, expected) => {
    expect(isAuthenticationFailure(stderr)).toBe(expected);
  });
});
