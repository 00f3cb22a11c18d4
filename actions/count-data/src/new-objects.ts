import type { Storage } from '@google-cloud/storage';
import type { TakenSet } from '@mlops-actions/data-loop';
import { type ListedObject, listObjects } from '@mlops-actions/gcs';
import type { Config } from './config.ts';

export interface Skipped {
  /** Objects a published span has taken (at the listed generation). */
  taken: number;
  /** Objects under the state folder, folder placeholders (`name/`). */
  ignored: number;
}

/**
 * "New" objects, one listing page at a time: under source, matched by pattern (by the server),
 * not under state, not taken by a published span. An object written after its page was listed is
 * in the next count's listing: never lost, and counted once because its generation is frozen in
 * this count's manifest only when this listing saw it.
 */
export async function* newObjects(
  storage: Storage,
  config: Pick<Config, 'source' | 'matchGlob' | 'state'>,
  taken: TakenSet,
  skipped: Skipped,
): AsyncIterable<ListedObject> {
  const statePrefix = config.state.bucket === config.source.bucket ? config.state.path : undefined;
  for await (const object of listObjects(storage, config.source, { matchGlob: config.matchGlob })) {
    if ((statePrefix !== undefined && object.name.startsWith(statePrefix)) || object.name.endsWith('/')) {
      skipped.ignored += 1;
    } else if (taken.has(object.name, object.generation)) {
      skipped.taken += 1;
    } else {
      yield object;
    }
  }
}
