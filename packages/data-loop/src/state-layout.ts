import type { GsUri } from '@mlops-actions/gcs';

/**
 * Where each piece of state lives below the state folder (see README: "State layout"). Everything
 * here is relative to `<state>/`, and every name is written once (create-if-absent).
 */
export const SPANS_FOLDER = 'spans/';
export const TAKEN_FILE = 'taken.jsonl.gz';
export const PUBLISHED_MARKER = '_PUBLISHED';
export const MANIFESTS_FOLDER = 'manifests/';
export const DISPATCHES_FOLDER = 'dispatches/';

/** The state folder as a prefix that ends in `/`, so `a/_mlops` never also means `a/_mlops2/`. */
export function stateFolder(state: GsUri): GsUri {
  return {
    bucket: state.bucket,
    path: state.path === '' || state.path.endsWith('/') ? state.path : `${state.path}/`,
  };
}

export function stateObject(state: GsUri, relative: string): GsUri {
  return { bucket: state.bucket, path: `${stateFolder(state).path}${relative}` };
}

export const spanFolder = (state: GsUri, span: number): GsUri =>
  stateObject(state, `${SPANS_FOLDER}${span}/`);
export const takenObject = (state: GsUri, span: number): GsUri =>
  stateObject(state, `${SPANS_FOLDER}${span}/${TAKEN_FILE}`);
export const publishedMarker = (state: GsUri, span: number): GsUri =>
  stateObject(state, `${SPANS_FOLDER}${span}/${PUBLISHED_MARKER}`);
export const manifestObject = (state: GsUri, runKey: string): GsUri =>
  stateObject(state, `${MANIFESTS_FOLDER}${runKey}.json`);
export const dispatchObject = (state: GsUri, runKey: string): GsUri =>
  stateObject(state, `${DISPATCHES_FOLDER}${runKey}.json`);
