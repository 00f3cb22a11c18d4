export type { BuildOutcome as CloudBuildOutcome } from './build-outcomes.ts';
export { type CloudBuildClientOptions, cloudBuildClientOptions } from './client-options.ts';
export { CloudBuildStandIn, type CloudBuildStandInOptions } from './cloud-build-stand-in.ts';
export { readSourceArchive, type SourceFile as CloudBuildSourceFile } from './source-archive.ts';
