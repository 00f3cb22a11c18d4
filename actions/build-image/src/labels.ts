import type { RunContext } from '@mlops-actions/kit';

/** The OCI labels every builder adds, as docker/metadata-action does: where the image came from. */
export function ociLabels(
  context: Pick<RunContext, 'serverUrl' | 'repository' | 'sha'>,
): Record<string, string> {
  return {
    ...(context.repository
      ? { 'org.opencontainers.image.source': `${context.serverUrl}/${context.repository}` }
      : {}),
    ...(context.sha ? { 'org.opencontainers.image.revision': context.sha } : {}),
  };
}
