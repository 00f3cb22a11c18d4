import type { Dag } from '../dag-walk.ts';
import { entriesOf, isObject, objectOrEmpty } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';

// TFX passes Vertex settings as JSON text in custom_config; a zone where a region belongs
// (`us-central1-a` for `us-central1`) fails only when the Trainer starts on Vertex.
const REGION_SETTING =
  /"((?:ai_platform_vertex_|ai_platform_serving_)?region|location)"\s*:\s*"([a-z]+-[a-z]+[0-9]+)-([a-z])"/g;

/** Warns where a task's constant sets a region (or location) to a zone. */
export function checkZoneAsRegion(dags: readonly Dag[], problems: ProblemList): void {
  for (const dag of dags) {
    for (const [task, taskSpec] of dag.tasks) {
      if (!isObject(taskSpec)) continue;
      for (const [name, input] of entriesOf(objectOrEmpty(taskSpec.inputs).parameters)) {
        const runtime = objectOrEmpty(objectOrEmpty(input).runtimeValue);
        const constantValue = objectOrEmpty(runtime.constantValue).stringValue;
        const text = typeof constantValue === 'string' ? constantValue : runtime.constant;
        if (typeof text !== 'string' || !text.includes('"')) continue;
        const at = [...dag.location, 'tasks', task, 'inputs', 'parameters', name, 'runtimeValue'];
        for (const [, key, region, zone] of text.matchAll(REGION_SETTING)) {
          problems.warning(
            'zone-as-region',
            [...at, typeof constantValue === 'string' ? 'constantValue' : 'constant'],
            `${key} is "${region}-${zone}", which is a zone; Vertex AI expects a region such as "${region}"`,
          );
        }
      }
    }
  }
}
