import { existsSync, readFileSync } from 'node:fs';

/**
 * A GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIMITER` heredocs, as the
 * runner's FileCommandManager reads them. A malformed file is an error naming the line.
 */
export function readKeyValueFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const result: Record<string, string> = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals > 0 && (heredoc < 0 || equals < heredoc)) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`Invalid format '${line}' in ${path}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index] ?? '');
    if (index >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}' in ${path}`);
    result[name] = value.join('\n');
  }
  return result;
}

/** GITHUB_PATH: one directory a line. */
export function readLines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

export function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
