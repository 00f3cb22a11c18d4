import ignore from 'ignore';
import type { ContextFilter } from './context-walk.ts';

/**
 * A filter from `.gitignore`-syntax patterns (what `.gcloudignore` holds, read by the caller with
 * its `#!include:` lines resolved): the last matching pattern decides, `!` re-includes.
 */
export function gitignoreFilter(patterns: readonly string[]): ContextFilter {
  const matcher = ignore().add([...patterns]);
  return {
    hasExceptions: patterns.some((pattern) => pattern.trim().startsWith('!')),
    // A trailing slash lets folder-only patterns (`build/`) match the folder itself.
    ignores: (path, isDirectory = false) => matcher.ignores(isDirectory ? `${path}/` : path),
  };
}

/** Both filters: a path is kept only when each keeps it. */
export function bothFilters(first: ContextFilter, second: ContextFilter): ContextFilter {
  return {
    hasExceptions: first.hasExceptions || second.hasExceptions,
    ignores: (path, isDirectory) => first.ignores(path, isDirectory) || second.ignores(path, isDirectory),
  };
}
