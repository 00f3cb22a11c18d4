import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { TracebackFrame } from './traceback-frames.ts';

/** A line of a file of the repository, as annotations want it: path relative to the repository root. */
export interface SourceLocation {
  file: string;
  line: number;
}

export type SourceLocator = (frame: TracebackFrame) => SourceLocation | undefined;

/** Installed packages, even when their virtual environment sits inside the repository. */
const THIRD_PARTY = new Set(['site-packages', 'dist-packages']);

/**
 * Maps a traceback path (relative to pytest's cwd, or absolute) to a file of the repository, or
 * undefined when it is elsewhere: the standard library, an installed package, `<frozen …>`, gone.
 */
export function createSourceLocator(repositoryRoot: string, cwd: string): SourceLocator {
  const root = realpathSync(repositoryRoot);
  const cache = new Map<string, string | undefined>();
  const repositoryPath = (path: string): string | undefined => {
    const absolute = resolve(cwd, path);
    if (!cache.has(absolute)) cache.set(absolute, insideRepository(root, absolute));
    return cache.get(absolute);
  };
  return (frame) => {
    if (!Number.isSafeInteger(frame.line) || frame.line < 1) return undefined;
    const file = repositoryPath(frame.path);
    return file === undefined ? undefined : { file, line: frame.line };
  };
}

function insideRepository(root: string, absolute: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(absolute);
    if (!statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const rel = relative(root, real);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return undefined;
  const parts = rel.split(sep);
  if (parts.some((part) => THIRD_PARTY.has(part))) return undefined;
  return parts.join('/');
}

/** The innermost frame that is a file of the repository. */
export function deepestInRepository(
  frames: readonly TracebackFrame[],
  locate: SourceLocator,
): SourceLocation | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    const location = frame === undefined ? undefined : locate(frame);
    if (location !== undefined) return location;
  }
  return undefined;
}
