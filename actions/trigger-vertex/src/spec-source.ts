import { existsSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { type GsUri, gsUriMistake, parseGsUri } from '@mlops-actions/gcs/gs-uri';
import { InputError, quote, resolveInside, resolveInWorkspaceOrTemp } from '@mlops-actions/kit';
import { looksLikeUrl, parseTemplateUrl, TEMPLATE_URL_FORM } from '@mlops-actions/vertex';

/** Where the compiled pipeline comes from. */
export type SpecSource =
  | { kind: 'file'; path: string; shown: string }
  | { kind: 'gcs'; uri: GsUri; shown: string }
  | { kind: 'template'; url: URL; shown: string };

const ACCEPTED = `a compiled pipeline (JSON or YAML): a path in the workspace, a gs:// URI, or an Artifact Registry template URL (${TEMPLATE_URL_FORM})`;

/**
 * Reads the spec input. A path may be relative to the workspace, or absolute inside the workspace
 * or the runner's temporary folder (where compile-pipeline may write); it must name a file.
 */
export async function readSpecSource(
  value: string,
  workspace: string,
  runnerTemp: string,
): Promise<SpecSource> {
  // A near miss (gs:/x, GS://x, an https:// object address) is refused with the URI meant, rather
  // than read as a path that "does not exist".
  if (value.startsWith('gs://') || gsUriMistake(value) !== undefined) {
    return { kind: 'gcs', uri: parseGsUri(value, 'spec'), shown: value };
  }
  if (looksLikeUrl(value)) {
    const url = parseTemplateUrl(value);
    if ('problem' in url) {
      throw new InputError(
        'spec',
        value,
        `Input "spec" must be ${ACCEPTED}; got ${quote(value)}: ${url.problem}.`,
      );
    }
    return { kind: 'template', url, shown: url.href };
  }
  const path = isAbsolute(value)
    ? resolveInWorkspaceOrTemp('spec', value, workspace, runnerTemp)
    : resolveInside('spec', value, workspace);
  if (!existsSync(path) || !statSync(path).isFile()) {
    const why = existsSync(path) ? 'is a folder' : 'does not exist';
    throw new InputError(
      'spec',
      value,
      `Input "spec" must be ${ACCEPTED}; got ${quote(value)}, which ${why}. Compile the pipeline in an earlier step (compile-pipeline) and pass its output path.`,
    );
  }
  return { kind: 'file', path, shown: value };
}
