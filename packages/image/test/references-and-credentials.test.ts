import { describe, expect, it } from 'vitest';
import { registryCredentials } from '../src/credentials/registry-credentials.ts';
import { parseAuthChallenges } from '../src/distribution/auth-challenge.ts';
import { isGoogleRegistry, registryBaseUrl } from '../src/distribution/registry-endpoint.ts';
import { parseImageReference, parseRepository } from '../src/reference.ts';

describe('image references', () => {
  it.each([
    ['python', { registry: 'docker.io', repository: 'library/python' }],
    ['tensorflow/tfx:1.9.0', { registry: 'docker.io', repository: 'tensorflow/tfx', tag: '1.9.0' }],
    [
      `us-docker.pkg.dev/p/r/img@sha256:${'a'.repeat(64)}`,
      { registry: 'us-docker.pkg.dev', repository: 'p/r/img', digest: `sha256:${'a'.repeat(64)}` },
    ],
    ['127.0.0.1:5000/base:1', { registry: '127.0.0.1:5000', repository: 'base', tag: '1' }],
    ['localhost/a/b', { registry: 'localhost', repository: 'a/b' }],
    [
      `gcr.io/p/img:v1@sha256:${'b'.repeat(64)}`,
      { registry: 'gcr.io', repository: 'p/img', tag: 'v1', digest: `sha256:${'b'.repeat(64)}` },
    ],
  ])('reads %s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each([
    ['', 'it is empty'],
    ['Python', 'the path component "Python" must be lowercase letters and digits, separated by . _ __ or -'],
    ['a/b:-x', 'the tag "-x" is not valid (letters, digits, _ . -, not starting with . or -, at most 128)'],
    ['a@sha256:xyz', 'the digest "sha256:xyz" is not sha256: followed by 64 hex digits'],
    ['a b', 'it contains whitespace'],
    [
      'bad_host.example.com:x/a',
      'the registry "bad_host.example.com:x" is not a host name with an optional port',
    ],
  ])('rejects %j: %s', (text, reason) => {
    expect(() => parseImageReference(text)).toThrow(reason);
  });

  it('wants a bare repository to push to', () => {
    expect(() => parseRepository('us-docker.pkg.dev/p/r/img:latest')).toThrow(
      'it names a tag; give the repository alone (tags go in the tags input)',
    );
  });

  it('speaks plain HTTP to loopback registries only', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(registryBaseUrl('registry.local:5000')).toBe('https://registry.local:5000');
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('10.0.0.1:5000')).toBe('https://10.0.0.1:5000');
  });
});

describe('WWW-Authenticate challenges', () => {
  it('reads Bearer and Basic challenges, quoted values with escapes and commas', () => {
    expect(
      parseAuthChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull,push", Basic realm="a \\"quoted\\" realm"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/python:pull,push',
        },
      },
      { scheme: 'basic', params: { realm: 'a "quoted" realm' } },
    ]);
    expect(parseAuthChallenges(null)).toEqual([]);
  });
});

describe('which credentials a registry gets', () => {
  const secrets: string[] = [];
  const credentialsFor = registryCredentials({
    targetRegistry: 'registry.example.com',
    username: 'ci',
    password: 'pw',
    googleToken: async () => 'ya29.token',
    onSecret: (s) => secrets.push(s),
  });

  it('sends the username/password only to the target registry, ADC tokens to Google registries', async () => {
    expect(await credentialsFor('registry.example.com')).toEqual({ username: 'ci', password: 'pw' });
    expect(await credentialsFor('docker.io')).toBeUndefined();
    expect(await credentialsFor('europe-west4-docker.pkg.dev')).toEqual({
      username: 'oauth2accesstoken',
      password: 'ya29.token',
    });
    expect(await credentialsFor('eu.gcr.io')).toEqual({
      username: 'oauth2accesstoken',
      password: 'ya29.token',
    });
    expect(secrets).toEqual(['pw', 'ya29.token']);
    expect(isGoogleRegistry('us-docker.pkg.dev')).toBe(true);
    expect(isGoogleRegistry('pkg.dev.example.com')).toBe(false);
  });
});
