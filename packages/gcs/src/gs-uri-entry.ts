// The gs:// parsing alone, without the Storage client: for actions that must recognise a gs://
// input (or a near miss of one) before deciding whether to load Cloud Storage at all.
export { formatGsUri, type GsUri, parseGsUri } from './gs-uri.ts';
export { type GsUriMistake, gsUriMistake } from './gs-uri-mistake.ts';
