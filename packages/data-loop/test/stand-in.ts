import type { Storage } from '@google-cloud/storage';
import { GcsStandIn } from '@mlops-actions/emulators';
import { createStorage, type RetryPolicy } from '@mlops-actions/gcs';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** Retries without the waiting, for tests with injected faults. */
export const QUICK_RETRIES: RetryPolicy = { retries: 4, minDelayMs: 1, maxDelayMs: 5 };

/** One Cloud Storage stand-in per test file, and the real client (through gcs) pointed at it. */
export function useStandIn() {
  const env = {} as { standIn: GcsStandIn; storage: Storage };
  beforeAll(async () => {
    env.standIn = await new GcsStandIn().start();
    env.storage = quickClient(env.standIn.url, env.standIn.projectId);
  });
  beforeEach(() => {
    env.standIn.faults.clear();
  });
  afterAll(async () => {
    await env.standIn.stop();
  });
  return env;
}

/** The client's own retries stay on but wait at most one second (the least file.save accepts). */
export function quickClient(apiEndpoint: string, projectId: string): Storage {
  const storage = createStorage({ apiEndpoint, projectId });
  storage.retryOptions.maxRetryDelay = 1;
  storage.retryOptions.retryDelayMultiplier = 1;
  return storage;
}
