import { formatGsUri, type GsUri } from '@mlops-actions/gcs';
import { InputError, quote } from '@mlops-actions/kit';
import { stateFolder } from './state-layout.ts';

/** The folder name of the default state folder, directly under the source. */
export const DEFAULT_STATE_NAME = '_mlops/';

/** `<source>/_mlops/`: inside the source, and left out of every count (see isInsideState). */
export function defaultStateFolder(source: GsUri): GsUri {
  const folder = stateFolder(source);
  return { bucket: folder.bucket, path: `${folder.path}${DEFAULT_STATE_NAME}` };
}

/** True for an object name inside the state folder: never counted, never taken. */
export function isInsideState(state: GsUri, bucket: string, name: string): boolean {
  const folder = stateFolder(state);
  return bucket === folder.bucket && name.startsWith(folder.path);
}

/**
 * A state folder that contains the source would have its own state counted as data, or the source
 * would be a part of the state: refused, naming the input `state`.
 */
export function checkStateFolder(source: GsUri, state: GsUri, input = 'state'): void {
  const from = stateFolder(source);
  const to = stateFolder(state);
  if (from.bucket === to.bucket && to.path !== from.path && from.path.startsWith(to.path)) {
    throw new InputError(
      input,
      formatGsUri(state),
      `Input ${quote(input)} must be a folder that does not contain the source ${quote(formatGsUri(source))}; got ${quote(formatGsUri(state))}. Use a separate folder, or leave it empty for ${quote(formatGsUri(defaultStateFolder(source)))}.`,
    );
  }
  if (from.bucket === to.bucket && to.path === from.path) {
    throw new InputError(
      input,
      formatGsUri(state),
      `Input ${quote(input)} must not be the source folder itself (${quote(formatGsUri(source))}): everything in it would be state, nothing data. Leave it empty for ${quote(formatGsUri(defaultStateFolder(source)))}.`,
    );
  }
}
