import { fileURLToPath } from 'node:url';
import { GcsStandIn } from '@mlops-actions/emulators';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, parseGsUri, readObject, writeObjectIfAbsent } from '../src/index.ts';

let standIn: GcsStandIn;
const saved = { ...process.env };
beforeAll(async () => {
  standIn = await new GcsStandIn().start();
  standIn.store.createBucket('client-bucket');
});
afterEach(() => {
  process.env = { ...saved };
});
afterAll(async () => {
  await standIn.stop();
});

describe('createStorage', () => {
  it('takes the endpoint from STORAGE_EMULATOR_HOST, as the stand-in prints it', async () => {
    Object.assign(process.env, standIn.environment());
    const storage = createStorage();
    const uri = parseGsUri('gs://client-bucket/from-env.txt');
    await writeObjectIfAbsent(storage, uri, 'hello');
    expect((await readObject(storage, uri)).toString()).toBe('hello');
  });

  it('accepts a bare host:port, and a project that was never configured', async () => {
    delete process.env.STORAGE_EMULATOR_HOST;
    delete process.env.GOOGLE_CLOUD_PROJECT;
    delete process.env.GCLOUD_PROJECT;
    const storage = createStorage({ apiEndpoint: standIn.url.replace('http://', '') });
    expect(storage.projectId).toBe('no-project');
    const [exists] = await storage.bucket('client-bucket').exists();
    expect(exists).toBe(true);
  });

  it('prefers an explicit endpoint and project', () => {
    process.env.STORAGE_EMULATOR_HOST = 'http://127.0.0.1:1';
    const storage = createStorage({ apiEndpoint: standIn.url, projectId: 'my-project' });
    expect(storage.apiEndpoint).toBe(standIn.url);
    expect(storage.projectId).toBe('my-project');
  });

  it('uses Application Default Credentials without an endpoint', () => {
    delete process.env.STORAGE_EMULATOR_HOST;
    const credentials = { env: { GOOGLE_APPLICATION_CREDENTIALS: fileURLToPath(import.meta.url) } };
    const storage = createStorage({ projectId: 'my-project', credentials });
    expect(storage.apiEndpoint).toBe('https://storage.googleapis.com');
    expect(storage.customEndpoint).toBe(false);
  });

  it('refuses, before any request, when there are no credentials and no endpoint', () => {
    delete process.env.STORAGE_EMULATOR_HOST;
    const credentials = { env: { HOME: '/nonexistent' }, onGoogleCloud: () => false };
    expect(() => createStorage({ credentials })).toThrow(
      /^No Google Cloud credentials: GOOGLE_APPLICATION_CREDENTIALS is not set, .* Authenticate in a step before this one with google-github-actions\/auth/,
    );
  });
});
