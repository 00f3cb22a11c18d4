export { storageClient } from './client.ts';
export type { BucketRecord, ObjectRecord, WritableMetadata } from './model.ts';
export type { LoggedRequest } from './request-log.ts';
export { GcsStandIn, type GcsStandInOptions, type StandInStorageOptions } from './stand-in.ts';
export type { BucketOptions, GcsStore, InsertOptions } from './store.ts';
