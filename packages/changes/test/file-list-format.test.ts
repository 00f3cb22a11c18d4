import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FILE_LIST_FORMATS, formatFileList, isFileListFormat } from '../src/file-list-format.ts';

/** Names a consumer must get back unchanged, whatever the format. */
const ODD_NAMES = [
  'models/train.py',
  'docs/a b.md',
  ' leading space',
  'trailing space ',
  "it's.txt",
  'say "hi".md',
  'a,b.csv',
  'docs/x\n::warning::y.md',
  'crlf\r\nname',
  'tab\there',
  'emoji 😀/ü.md',
  '$(touch pwned)',
  '`id`',
  '$HOME',
  '~/x',
  '*.py',
  '?',
  '[a]',
  '{a,b}',
  'a;b|c&d',
  '!x',
  '#hash',
  'back\\slash',
  '-n',
  '--',
  'a=b',
  '%^@+:,.',
  "'",
  "''",
  '"',
  '\\',
];

/** Runs the list through bash exactly as a workflow would: `eval "set -- $list"`. */
function bashWords(list: string): string[] {
  // --norc: bash reads ~/.bashrc when it guesses it was started by sshd. The count comes first,
  // since printf with no words would still print one empty one.
  const result = spawnSync(
    'bash',
    ['--norc', '--noprofile', '-c', 'eval "set -- $L"; printf "%s\\0" "$#" "$@"'],
    {
      env: { PATH: process.env.PATH, L: list },
      encoding: 'utf8',
    },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const [count, ...words] = result.stdout.slice(0, -1).split('\0');
  expect(words).toHaveLength(Number(count));
  return words;
}

/** A tiny RFC 4180 reader for one record. */
function readCsvRecord(text: string): string[] {
  if (text === '') return [];
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.indexOf(',', i);
      field = text.slice(i, end === -1 ? text.length : end);
      if (/["\r\n]/.test(field))
        throw new Error(`unquoted field with a quote or line break: ${JSON.stringify(field)}`);
      i = end === -1 ? text.length : end;
    }
    fields.push(field);
    if (i === text.length) return fields;
    if (text[i] !== ',') throw new Error(`expected a comma at ${i} in ${JSON.stringify(text)}`);
    i++;
  }
}

/** Python's csv module as an independent reader. */
function pythonCsvRecord(text: string): string[] {
  // newline='' keeps a CR LF inside a quoted field as it is.
  const script = [
    'import csv, io, json, sys',
    "stdin = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')",
    'print(json.dumps(next(csv.reader(stdin, strict=True), [])))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script], { input: text, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as string[];
}

describe('formatFileList', () => {
  it('lists every format, and tells a format name from anything else', () => {
    expect(FILE_LIST_FORMATS).toEqual(['none', 'json', 'csv', 'shell']);
    expect(FILE_LIST_FORMATS.every(isFileListFormat)).toBe(true);
    expect(isFileListFormat('JSON')).toBe(false);
    expect(isFileListFormat('toString')).toBe(false);
  });

  it('writes nothing for none', () => {
    expect(formatFileList(ODD_NAMES, 'none')).toBe('');
  });

  it('writes a JSON array', () => {
    expect(formatFileList(['a.py', 'b c.md'], 'json')).toBe('["a.py","b c.md"]');
    expect(JSON.parse(formatFileList(ODD_NAMES, 'json'))).toEqual(ODD_NAMES);
    expect(formatFileList([], 'json')).toBe('[]');
  });

  it('writes CSV, quoting only fields that need it', () => {
    expect(formatFileList(['a.py', 'b c.md', 'x,y', 'say "hi"', ' lead', 'trail ', 'l\nf', ''], 'csv')).toBe(
      'a.py,b c.md,"x,y","say ""hi"""," lead","trail ","l\nf",""',
    );
    expect(formatFileList([], 'csv')).toBe('');
  });

  it('writes CSV that RFC 4180 readers read back exactly', () => {
    const csv = formatFileList(ODD_NAMES, 'csv');
    expect(readCsvRecord(csv)).toEqual(ODD_NAMES);
    expect(pythonCsvRecord(csv)).toEqual(ODD_NAMES);
    for (const name of ODD_NAMES) expect(readCsvRecord(formatFileList([name], 'csv'))).toEqual([name]);
  });

  it('writes shell words, quoting only names that need it', () => {
    expect(formatFileList(['models/a_b-1.py', 'a=b', '%^@+:,.', 'a b', "it's", ''], 'shell')).toBe(
      "models/a_b-1.py a=b %^@+:,. 'a b' 'it'\\''s' ''",
    );
    expect(formatFileList([], 'shell')).toBe('');
  });

  it('writes shell words that eval "set -- $list" in bash turns back into the exact names', () => {
    expect(bashWords(formatFileList(ODD_NAMES, 'shell'))).toEqual(ODD_NAMES);
    for (const name of ODD_NAMES) expect(bashWords(formatFileList([name], 'shell'))).toEqual([name]);
    expect(bashWords(formatFileList([], 'shell'))).toEqual([]);
  });
});
