/** How a list of file paths is written into a single step output. */
export type FileListFormat = 'none' | 'json' | 'csv' | 'shell';

export const FILE_LIST_FORMATS: readonly FileListFormat[] = ['none', 'json', 'csv', 'shell'];

export function isFileListFormat(value: string): value is FileListFormat {
  return (FILE_LIST_FORMATS as readonly string[]).includes(value);
}

/**
 * Writes paths so that the consumer gets back exactly the original names, including names with
 * spaces, quotes, commas, newlines or non-ASCII characters:
 * - `json`: a JSON array (`fromJSON()` in an expression);
 * - `csv`: one RFC 4180 record;
 * - `shell`: words for `eval "set -- $list"` in bash or any POSIX shell.
 */
export function formatFileList(paths: readonly string[], format: FileListFormat): string {
  switch (format) {
    case 'none':
      return '';
    case 'json':
      return JSON.stringify(paths);
    case 'csv':
      return paths.map(csvField).join(',');
    case 'shell':
      return paths.map(shellWord).join(' ');
  }
}

/**
 * RFC 4180 quotes a field holding `,`, `"`, CR or LF. A leading or trailing blank is quoted too, since
 * many readers trim unquoted fields. An empty field is quoted so that `['']` differs from `[]`.
 */
function csvField(path: string): string {
  return path === '' || /[",\r\n]|^[ \t]|[ \t]$/.test(path) ? `"${path.replaceAll('"', '""')}"` : path;
}

/** Characters that mean nothing to a shell, so a word made only of them needs no quoting. */
const SHELL_SAFE = /^[A-Za-z0-9_./=+:,@%^-]+$/;

/** Inside single quotes every character is literal; a `'` itself is written as `'\''`. */
function shellWord(path: string): string {
  return SHELL_SAFE.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
