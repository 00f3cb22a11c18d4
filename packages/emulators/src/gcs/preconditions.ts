import { conditionNotMet, notModified } from './errors.ts';
import type { ObjectRecord } from './model.ts';
import type { RequestUrl } from './request-url.ts';

/**
 * Request preconditions, https://cloud.google.com/storage/docs/request-preconditions:
 * `ifGenerationMatch=0` means "only if no live object exists"; a failed precondition is
 * 412 conditionNotMet, except that a read whose *NotMatch condition fails gets 304 Not Modified.
 */
export interface Preconditions {
  ifGenerationMatch?: number;
  ifGenerationNotMatch?: number;
  ifMetagenerationMatch?: number;
  ifMetagenerationNotMatch?: number;
}

/** The `if…` parameters, or with prefix `ifSource` the source's on copy and rewrite. */
export function readPreconditions(url: RequestUrl, prefix: 'if' | 'ifSource' = 'if'): Preconditions {
  const pre: Preconditions = {};
  const take = (name: keyof Preconditions, suffix: string) => {
    const value = url.int(`${prefix}${suffix}`);
    if (value !== undefined) pre[name] = value;
  };
  take('ifGenerationMatch', 'GenerationMatch');
  take('ifGenerationNotMatch', 'GenerationNotMatch');
  take('ifMetagenerationMatch', 'MetagenerationMatch');
  take('ifMetagenerationNotMatch', 'MetagenerationNotMatch');
  return pre;
}

/** For a write: `target` is the live object, or undefined when there is none. */
export function checkWrite(pre: Preconditions, target: ObjectRecord | undefined): void {
  const generation = target?.generation ?? 0;
  if (pre.ifGenerationMatch !== undefined && pre.ifGenerationMatch !== generation) throw conditionNotMet();
  if (pre.ifGenerationNotMatch !== undefined && pre.ifGenerationNotMatch === generation)
    throw conditionNotMet();
  if (pre.ifMetagenerationMatch !== undefined && pre.ifMetagenerationMatch !== target?.metageneration)
    throw conditionNotMet();
  if (
    pre.ifMetagenerationNotMatch !== undefined &&
    target !== undefined &&
    pre.ifMetagenerationNotMatch === target.metageneration
  )
    throw conditionNotMet();
}

/** For a read, delete or patch of an object that exists (a missing one is a 404 first). */
export function checkExisting(pre: Preconditions, target: ObjectRecord, isRead: boolean): void {
  if (pre.ifGenerationMatch !== undefined && pre.ifGenerationMatch !== target.generation)
    throw conditionNotMet();
  if (pre.ifMetagenerationMatch !== undefined && pre.ifMetagenerationMatch !== target.metageneration)
    throw conditionNotMet();
  const unchanged =
    (pre.ifGenerationNotMatch !== undefined && pre.ifGenerationNotMatch === target.generation) ||
    (pre.ifMetagenerationNotMatch !== undefined && pre.ifMetagenerationNotMatch === target.metageneration);
  if (unchanged) throw isRead ? notModified() : conditionNotMet();
}
