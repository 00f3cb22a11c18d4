import type { Storage } from '@google-cloud/storage';
import { GcsStandIn } from '@mlops-actions/emulators';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createStorage } from '../src/index.ts';
import type { RetryPolicy } from '../src/storage-retry.ts';

/** Retries of this package without the waiting, for tests with injected faults. */
export const QUICK_RETRIES: RetryPolicy = { retries: 4, minDelayMs: 1, maxDelayMs: 5 };

/**
 * One Cloud Storage stand-in per test file and a client from createStorage pointed at it. The
 * client's own retries stay on but wait at most one second (the least file.save accepts).
 */
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

export function quickClient(apiEndpoint: string, projectId: string): Storage {
  const storage = createStorage({ apiEndpoint, projectId });
  storage.retryOptions.maxRetryDelay = 1;
  storage.retryOptions.retryDelayMultiplier = 1;
  return storage;
}
