import type { Storage } from '@google-cloud/storage';
import { type GsUri, type RetryPolicy, writeObjectIfAbsent } from '@mlops-actions/gcs';
import { dispatchObject } from './state-layout.ts';

/**
 * Records, create-if-absent, that this run dispatched (or is about to): true when this call made
 * the record, false when it was there already (a re-run must not dispatch again). Claim first,
 * dispatch second: a crash in between loses one dispatch, never doubles it.
 */
export async function claimDispatch(
  storage: Storage,
  state: GsUri,
  runKey: string,
  details: object,
  retryPolicy?: RetryPolicy,
): Promise<boolean> {
  const body = `${JSON.stringify({ runKey, claimedAt: new Date().toISOString(), ...details }, null, 2)}\n`;
  const result = await writeObjectIfAbsent(
    storage,
    dispatchObject(state, runKey),
    body,
    'application/json',
    retryPolicy,
  );
  return result.created;
}

/**
 * Gives a claim back when the dispatch was refused for sure (GitHub answered 4xx: nothing started),
 * so that a re-run may try again. Never call it when the outcome is unknown (a dropped answer or a
 * 5xx may have started the run): keeping the claim then loses at most one dispatch, never doubles it.
 */
export async function releaseDispatchClaim(storage: Storage, state: GsUri, runKey: string): Promise<void> {
  const claim = dispatchObject(state, runKey);
  await storage.bucket(claim.bucket).file(claim.path).delete({ ignoreNotFound: true });
}
