export { claimDispatch, releaseDispatchClaim } from './claim-dispatch.ts';
export { parseClassNames } from './class-names.ts';
export {
  checkStateFolder,
  DEFAULT_STATE_NAME,
  defaultStateFolder,
  isInsideState,
} from './default-state-folder.ts';
export { LabelError, type LabelFeature, labelOf } from './label-of.ts';
export { type LabelRule, parseLabelFrom } from './label-rule.ts';
export { listSpans, type SpanFolder } from './list-spans.ts';
export {
  MANIFEST_VERSION,
  type Manifest,
  type ManifestEntry,
  type ManifestHeader,
  type ObjectVersion,
} from './manifest.ts';
export { ManifestEntriesFile } from './manifest-entries-file.ts';
export { headerFromLines, NotLineLaidOut, readManifestHeader } from './manifest-header-reader.ts';
export { formatManifest } from './manifest-json.ts';
export { parseManifest, readManifest, type WrittenManifest, writeManifestOnce } from './manifest-store.ts';
export { type WrittenManifestHeader, writeManifestFromFileOnce } from './manifest-stream-store.ts';
export { compareObjectNames } from './object-name-order.ts';
export { publishSpan } from './publish-span.ts';
export { decodePublishedMarker, encodePublishedMarker, type PublishedMarker } from './published-marker.ts';
export { type ReadTakenOptions, readTaken } from './read-taken.ts';
export { type RunKeyContext, runKey } from './run-key.ts';
export { StateError } from './state-error.ts';
export {
  DISPATCHES_FOLDER,
  dispatchObject,
  MANIFESTS_FOLDER,
  manifestObject,
  PUBLISHED_MARKER,
  publishedMarker,
  SPANS_FOLDER,
  spanFolder,
  stateFolder,
  stateObject,
  TAKEN_FILE,
  takenObject,
} from './state-layout.ts';
export { decodeTaken, encodeTaken, type TakenEntry } from './taken-format.ts';
export type { TakenSet } from './taken-set.ts';
export { headerProblems, isManifest, manifestProblems } from './validate-manifest.ts';
