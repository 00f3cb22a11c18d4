import { group, info, infoUntrusted, plural } from '@mlops-actions/kit';
import type { TestFileSearch } from '@mlops-actions/pytest';
import { commandWithoutFiles } from './command-text.ts';
import type { Config } from './config.ts';
import { searchDescription } from './search-description.ts';

/** What the pattern found, file names printed as untrusted text (they come from the repository). */
export async function logSearch(search: TestFileSearch, config: Config): Promise<void> {
  info(`Found ${plural(search.files.length, 'test file')} matching the ${searchDescription(config)}.`);
  if (search.files.length > 0) await group('Test files', () => infoUntrusted(search.files.join('\n')));
  if (search.linksOutside.length > 0) {
    infoUntrusted(
      `Left out ${plural(search.linksOutside.length, 'symbolic link')} pointing outside working-directory:\n${search.linksOutside.join('\n')}`,
    );
  }
}

/** The command without its list of files (logged above): JSON, so no quoting is left to guess. */
export function logCommand(command: readonly string[]): void {
  infoUntrusted(`Running ${commandWithoutFiles(command)}`);
}
