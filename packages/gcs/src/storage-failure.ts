import { accessAdvice, accessRefusal, ROLES } from '@mlops-actions/google-access';
import { briefReason, httpStatus } from './api-error.ts';
import { StorageCallError } from './errors.ts';

/**
 * What to do about a refused Cloud Storage call — the auth step for missing or refused
 * credentials, the Storage role for a denied permission — or undefined for any other failure.
 */
export function storageAccessAdvice(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const refusal = accessRefusal(httpStatus(error), message);
  return refusal === undefined ? undefined : accessAdvice(refusal, ROLES.storageObjects);
}

/** `Could not <verb> <uri>: <reason>`, and what to do when Google refused the caller. */
export function storageCallFailure(verb: string, shown: string, error: unknown): StorageCallError {
  const advice = storageAccessAdvice(error);
  return new StorageCallError(
    `Could not ${verb} ${shown}: ${briefReason(error)}${advice === undefined ? '' : ` ${advice}`}`,
    shown,
    httpStatus(error),
    { cause: error },
  );
}
