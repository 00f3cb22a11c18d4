// Without usable Google credentials the registry token says what to do: the auth step and the role.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adcAccessToken } from '../src/credentials/adc-token.ts';

afterEach(() => vi.unstubAllEnvs());

describe('adcAccessToken', () => {
  it('names the auth step and the Artifact Registry role when there are no credentials', async () => {
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '/nonexistent/gha-creds-0123.json');
    const error = await adcAccessToken().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('CredentialsError');
    expect(error?.message).toMatch(
      /^Could not get an access token for the Google registry from Application Default Credentials: /,
    );
    expect(error?.message).toContain(
      'Its service account needs the Artifact Registry Writer role (roles/artifactregistry.writer) on the repository',
    );
    expect(error?.message).toContain(
      'Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation',
    );
  });
});
