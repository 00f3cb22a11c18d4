import { isNode, parseAllDocuments } from 'yaml';
import { locateJsonPaths } from './json-locator.ts';
import { lineAndColumn, linesAndColumns } from './json-syntax-error.ts';
import type { SpecProblem } from './problems.ts';
import type { ParsedPipeline } from './types.ts';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where in the file each problem is (line and column, 1-based), for annotations; undefined for a
 * problem whose path cannot be found. A missing key is placed at the nearest object that exists.
 * Reads the file again for positions (a fast scan for JSON, the YAML parser for YAML), so call it
 * only when there are problems to show.
 */
export function locateProblems(
  text: string,
  parsed: Pick<ParsedPipeline, 'job' | 'format'>,
  problems: readonly SpecProblem[],
): (Position | undefined)[] {
  if (problems.length === 0) return [];
  const prefixed = (problem: SpecProblem) =>
    problem.scope === 'spec' && parsed.job !== undefined
      ? ['pipelineSpec', ...problem.segments]
      : problem.segments;
  if (parsed.format === 'json') {
    const body = text.charCodeAt(0) === 0xfeff ? 1 : 0; // offsets below are into the text without its BOM
    const offsets = locateJsonPaths(text.slice(body), problems.map(prefixed));
    return linesAndColumns(
      text,
      offsets.map((offset) => (offset === undefined ? undefined : offset + body)),
    );
  }
  const parsedDocuments = parseAllDocuments(text, { uniqueKeys: false });
  const documents = (Array.isArray(parsedDocuments) ? parsedDocuments : []).filter(
    (document) => document.contents !== null,
  );
  return problems.map((problem) => {
    const document = documents[problem.scope === 'platform' ? 1 : 0];
    if (document === undefined) return undefined;
    const segments = prefixed(problem);
    for (let length = segments.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(segments.slice(0, length), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) {
        return lineAndColumn(text, node.range[0]);
      }
    }
    return undefined;
  });
}
