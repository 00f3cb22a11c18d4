import type { PipelineSpec } from '@mlops-actions/pipeline-spec';

/**
 * The spec with every task's cachingOptions.enableCache set, in the root DAG and in every
 * component's DAG — what the Vertex AI SDK's `enable_caching` does. The given spec is not changed.
 */
export function withCaching(spec: PipelineSpec, enableCache: boolean): PipelineSpec {
  const copy = structuredClone(spec);
  const components = [copy.root, ...Object.values(copy.components ?? {})];
  for (const component of components) {
    for (const task of Object.values(component?.dag?.tasks ?? {})) {
      if (task && typeof task === 'object') task.cachingOptions = { enableCache };
    }
  }
  return copy;
}
