export * from './cloudbuild/index.ts';
export * from './faults.ts';
export * from './gcs/index.ts';
export * from './github/index.ts';
export * from './http-stand-in.ts';
export * from './object-store.ts';
export * from './registry/index.ts';
export * from './vertex/index.ts';
