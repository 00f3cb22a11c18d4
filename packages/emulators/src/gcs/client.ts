import { Storage, type StorageOptions } from '@google-cloud/storage';
import type { GcsStandIn } from './stand-in.ts';

/**
 * A real @google-cloud/storage client pointed at a stand-in, with no credential lookups. Extra
 * options (retryOptions, say) are merged over the stand-in's.
 */
export function storageClient(standIn: GcsStandIn, options: StorageOptions = {}): Storage {
  return new Storage({ ...standIn.storageOptions(), ...options });
}
