import type { File, Storage } from '@google-cloud/storage';
import { StorageCallError } from './errors.ts';
import { formatGsUri, type GsUri } from './gs-uri.ts';

/** The client's handle on the object a URI names; a URI that names a folder is refused. */
export function objectFile(storage: Storage, uri: GsUri, verb: 'read' | 'write'): File {
  if (uri.path === '' || uri.path.endsWith('/')) {
    const shown = formatGsUri(uri);
    throw new StorageCallError(`${shown} names a folder, not an object to ${verb}.`, shown, undefined);
  }
  return storage.bucket(uri.bucket).file(uri.path);
}
