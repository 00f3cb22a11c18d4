import type { AnnotationProperties } from '@mlops-actions/kit';
import { type SourceLocation, type TestSuiteRun, truncate } from '@mlops-actions/pytest';

export interface Annotation {
  message: string;
  properties: AnnotationProperties;
}

/**
 * GitHub shows at most 10 error annotations per step, and the step's own failure message is one
 * of them: the first 9 problems get theirs; the job summary lists every failure.
 */
export const ANNOTATION_LIMIT = 9;
const MESSAGE_CHARS = 4000;

/**
 * Error annotations for a run: where a timeout or cancel found pytest, then one per failing test
 * at the deepest traceback frame inside the repository, titled with the test id.
 */
export function annotationsFor(run: TestSuiteRun): Annotation[] {
  const annotations: Annotation[] = [];
  if (run.stoppedAt !== undefined) {
    annotations.push({
      message: run.process.timedOut
        ? 'pytest was here when the timeout stopped it.'
        : 'pytest was here when the run was cancelled.',
      properties: { title: run.process.timedOut ? 'Timed out' : 'Cancelled', ...at(run.stoppedAt) },
    });
  }
  for (const failure of run.failures) {
    annotations.push({
      message: truncate(failure.message || failure.kind, MESSAGE_CHARS),
      properties: {
        title: failure.test.collectionError ? `Could not collect ${failure.test.id}` : failure.test.id,
        ...at(failure.location),
      },
    });
  }
  return annotations.slice(0, ANNOTATION_LIMIT);
}

function at(location: SourceLocation | undefined): AnnotationProperties {
  return location === undefined ? {} : { file: location.file, startLine: location.line };
}
