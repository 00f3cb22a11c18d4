import { credentialIn } from './credentials.ts';

/**
 * A readable path for messages: `root.dag.tasks.Trainer.componentRef.name`. Segments that are not
 * plain names (dots, spaces, quotes) are bracketed and JSON-quoted, list indexes bracketed, and a
 * segment that looks like a credential is shown as `[redacted]`, never as itself.
 */
export function jsonPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (credentialIn(segment) !== undefined) path += '[redacted]';
    else if (/^[A-Za-z0-9_$-]+$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
