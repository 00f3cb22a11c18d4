import { walkDags } from './dag-walk.ts';
import { isObject } from './json-object.ts';
import { ProblemList, type SpecProblem } from './problems.ts';
import { checkComponentRecursion } from './rules/component-recursion.ts';
import { checkComponentRefs } from './rules/component-refs.ts';
import { checkCredentials } from './rules/credentials.ts';
import { checkDagCycles } from './rules/dag-cycles.ts';
import { checkExecutorLabels } from './rules/executor-labels.ts';
import { checkImages } from './rules/images.ts';
import { checkParameterTypes } from './rules/parameter-types.ts';
import { checkStructure } from './rules/structure.ts';
import { checkTaskReferences } from './rules/task-references.ts';
import { checkZoneAsRegion } from './rules/zone-as-region.ts';
import type { ParsedPipeline, PipelineSpec } from './types.ts';

/** Every problem of a spec, errors and warnings, each with its path. An empty list means valid. */
export function validateSpec(spec: PipelineSpec): SpecProblem[] {
  const problems = new ProblemList();
  checkStructure(spec, problems);
  const dags = walkDags(spec);
  checkComponentRefs(spec, dags, problems);
  checkExecutorLabels(spec, problems);
  checkTaskReferences(spec, dags, problems);
  checkDagCycles(dags, problems);
  checkComponentRecursion(spec, problems);
  checkParameterTypes(spec, dags, problems);
  checkImages(spec, problems);
  checkZoneAsRegion(dags, problems);
  checkCredentials(spec, problems);
  return problems.items;
}

/**
 * validateSpec, plus a credential scan of what surrounds the spec in the file: the PipelineJob's
 * labels and runtimeConfig, and KFP's platform spec.
 */
export function validatePipeline(parsed: ParsedPipeline): SpecProblem[] {
  const problems = validateSpec(parsed.spec);
  if (parsed.job !== undefined && isObject(parsed.document)) {
    const job = new ProblemList('job');
    checkCredentials({ ...parsed.document, pipelineSpec: undefined }, job);
    problems.push(...job.items);
  }
  if (parsed.platformSpec !== undefined) {
    const platform = new ProblemList('platform');
    checkCredentials(parsed.platformSpec, platform);
    problems.push(...platform.items);
  }
  return problems;
}
