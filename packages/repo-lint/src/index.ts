export { findBrokenLinks } from './markdown-links.ts';
export { findOutsidePaths, isGenerated, type OutsidePathOptions } from './outside-paths.ts';
export { ALLOW_MARKER, formatProblem, type PathProblem } from './problem.ts';
export { type TextFile, trackedTextFiles } from './tracked-files.ts';
