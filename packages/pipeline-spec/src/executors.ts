import { isObject, objectOrEmpty, stringOrUndefined } from './json-object.ts';
import type { PipelineSpec } from './types.ts';

export interface ExecutorInfo {
  label?: string;
  kind?: 'container' | 'importer' | 'resolver' | 'other';
  image?: string;
}

/** The executor behind a component: its label, kind and container image (if any). */
export function executorOf(spec: PipelineSpec, componentName: string): ExecutorInfo {
  const component = objectOrEmpty(objectOrEmpty(spec.components)[componentName]);
  const label = stringOrUndefined(component.executorLabel);
  if (label === undefined) return {};
  const executor = objectOrEmpty(objectOrEmpty(objectOrEmpty(spec.deploymentSpec).executors)[label]);
  if (isObject(executor.container)) {
    const image = stringOrUndefined(executor.container.image);
    return { label, kind: 'container', ...(image === undefined ? {} : { image }) };
  }
  if (isObject(executor.importer)) return { label, kind: 'importer' };
  if (isObject(executor.resolver)) return { label, kind: 'resolver' };
  return { label, kind: 'other' };
}
