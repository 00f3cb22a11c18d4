import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCredentials } from '../src/index.ts';

const offCloud = () => false;

const homes: string[] = [];
afterAll(() => {
  for (const dir of homes) rmSync(dir, { recursive: true, force: true });
});

function home(withGcloudLogin: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'google-access-home-'));
  homes.push(dir);
  if (withGcloudLogin) {
    mkdirSync(join(dir, '.config', 'gcloud'), { recursive: true });
    writeFileSync(join(dir, '.config', 'gcloud', 'application_default_credentials.json'), '{}');
  }
  return dir;
}

describe('findCredentials', () => {
  it('takes the file GOOGLE_APPLICATION_CREDENTIALS names (as google-github-actions/auth sets it)', () => {
    const file = join(home(false), 'gha-creds.json');
    writeFileSync(file, '{}');
    expect(
      findCredentials({ env: { GOOGLE_APPLICATION_CREDENTIALS: file }, onGoogleCloud: offCloud }),
    ).toEqual({
      kind: 'file',
      path: file,
    });
  });

  it('says so when that file is gone (it lives only in the job that ran the auth step)', () => {
    expect(() =>
      findCredentials({
        env: { GOOGLE_APPLICATION_CREDENTIALS: '/tmp/nowhere/gha-creds.json' },
        onGoogleCloud: offCloud,
      }),
    ).toThrow(
      'No Google Cloud credentials: GOOGLE_APPLICATION_CREDENTIALS is "/tmp/nowhere/gha-creds.json", which is not a file.',
    );
  });

  it('takes gcloud’s application-default login, from HOME or CLOUDSDK_CONFIG', () => {
    const dir = home(true);
    expect(findCredentials({ env: { HOME: dir }, onGoogleCloud: offCloud })).toMatchObject({
      kind: 'gcloud',
    });
    expect(
      findCredentials({
        env: { HOME: home(false), CLOUDSDK_CONFIG: join(dir, '.config', 'gcloud') },
        onGoogleCloud: offCloud,
      }),
    ).toMatchObject({ kind: 'gcloud' });
  });

  it('counts on a metadata server only on Google Cloud, or when one is named', () => {
    const env = { HOME: home(false) };
    expect(findCredentials({ env, onGoogleCloud: () => true })).toEqual({ kind: 'metadata-server' });
    expect(
      findCredentials({ env: { ...env, GCE_METADATA_HOST: '127.0.0.1:9' }, onGoogleCloud: offCloud }),
    ).toEqual({
      kind: 'metadata-server',
    });
    expect(() =>
      findCredentials({ env: { ...env, METADATA_SERVER_DETECTION: 'none' }, onGoogleCloud: () => true }),
    ).toThrow(/^No Google Cloud credentials/);
  });

  it('fails at once off Google Cloud, pointing to google-github-actions/auth', () => {
    expect(() => findCredentials({ env: { HOME: home(false) }, onGoogleCloud: offCloud })).toThrow(
      'No Google Cloud credentials: GOOGLE_APPLICATION_CREDENTIALS is not set, there is no gcloud application-default login, and this runner is not a Google Cloud VM with a metadata server. Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation: workload_identity_provider and service_account; the job needs `permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it.',
    );
  });
});
