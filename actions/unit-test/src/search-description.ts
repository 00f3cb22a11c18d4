import { quote } from '@mlops-actions/kit';
import type { Config } from './config.ts';

/** `pattern "**\/*_test.py" in working-directory "."`: which pattern looked where, for messages. */
export function searchDescription(config: Pick<Config, 'patterns' | 'workingDirectoryInput'>): string {
  const patterns = config.patterns.patterns;
  const named = patterns.length === 1 ? 'pattern' : 'patterns';
  return `${named} ${patterns.map(quote).join(', ')} in working-directory ${quote(config.workingDirectoryInput)}`;
}
