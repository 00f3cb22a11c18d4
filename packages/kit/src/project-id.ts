import { InputError } from './input-error.ts';
import { quote } from './quote.ts';

// Google Cloud project ids: 6–30 of a-z, 0-9 and -, starting with a letter; optionally
// domain-scoped (`example.com:my-project`).
const PROJECT_ID = /^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/** An optional `project` input: undefined stays undefined, anything else must be a project id. */
export function parseProjectId(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!PROJECT_ID.test(value)) {
    throw new InputError(
      name,
      value,
      `Input "${name}" must be a Google Cloud project id (6 to 30 lowercase letters, digits and hyphens, starting with a letter); got ${quote(value)}.`,
    );
  }
  return value;
}
