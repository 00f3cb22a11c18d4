import { basename } from 'node:path';
import { objectUri, type SyncDestination } from '@mlops-actions/gcs';
import type { Config } from './config.ts';

/** Where this run writes: the sync destination and the `uri` output. */
export interface Target {
  destination: SyncDestination;
  /** The folder URI (ending in `/`), or the object's URI when path is a single file. */
  uri: string;
  /** The folder URI, for messages. */
  folderUri: string;
}

/** `<destination>/<sha>/` when versioned, else `<destination>/`; the bucket's top when both are empty. */
export function targetOf(config: Pick<Config, 'destination' | 'sha' | 'isFile' | 'path'>): Target {
  const { bucket } = config.destination;
  const folder = [config.destination.path.replace(/\/+$/, ''), config.sha]
    .filter((part) => part !== '')
    .join('/');
  const prefix = folder === '' ? '' : `${folder}/`;
  const folderUri = `gs://${bucket}/${prefix}`;
  return {
    destination: { bucket, prefix },
    uri: config.isFile ? objectUri(bucket, prefix + basename(config.path)) : folderUri,
    folderUri,
  };
}
