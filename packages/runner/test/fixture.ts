import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of a fixture action under test/fixtures. */
export function fixture(name: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
}
