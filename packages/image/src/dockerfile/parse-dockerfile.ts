import { DockerfileError } from './dockerfile-error.ts';

/** One instruction, its continuation lines joined and comment lines inside it dropped. */
export interface Instruction {
  /** Uppercase: `FROM`, `COPY`, … */
  keyword: string;
  /** 1-based line where it starts. */
  line: number;
  /** Everything after the keyword, continuations joined, trimmed. */
  args: string;
  /** `--name=value` flags at the start of args (COPY, ADD, FROM, RUN); a bare `--name` is "true". */
  flags: Record<string, string>;
  /** args after the flags. */
  rest: string;
  /** The exec (JSON array) form, when args are one. */
  json?: string[];
  /** Heredoc bodies (`<<EOF` … `EOF`), when the instruction has any. */
  heredocs: string[];
}

export interface Dockerfile {
  /** The escape character (`\` unless `# escape=` says otherwise). */
  escape: string;
  /** `# syntax=` and other parser directives. */
  directives: Record<string, string>;
  instructions: Instruction[];
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const FLAGGED = new Set(['ADD', 'COPY', 'FROM', 'RUN', 'HEALTHCHECK']);

/** Reads a Dockerfile as BuildKit's parser does; syntax only, nothing is evaluated. */
export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const directives: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index] as string);
    if (!match) break;
    const name = (match[1] as string).toLowerCase();
    if (name in directives) break;
    directives[name] = match[2] as string;
  }
  const escapeChar = directives.escape ?? '\\';
  if (escapeChar !== '\\' && escapeChar !== '`') {
    throw new DockerfileError(
      `the escape directive must be \\ or \`; got ${JSON.stringify(escapeChar)}`,
      index,
    );
  }

  const instructions: Instruction[] = [];
  while (index < lines.length) {
    const first = lines[index] as string;
    const start = index + 1;
    index++;
    if (first.trim() === '' || first.trimStart().startsWith('#')) continue;
    let joined = '';
    let current = first;
    for (;;) {
      const trimmed = current.replace(/\s+$/, '');
      if (trimmed.endsWith(escapeChar) && !trimmed.endsWith(escapeChar + escapeChar)) {
        joined += trimmed.slice(0, -1);
        // Comment and blank lines inside a continuation are dropped.
        while (index < lines.length && /^\s*(#.*)?$/.test(lines[index] as string)) index++;
        if (index >= lines.length) break;
        current = lines[index] as string;
        index++;
      } else {
        joined += current;
        break;
      }
    }
    const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(joined);
    if (!match) continue;
    const keyword = (match[1] as string).toUpperCase();
    const args = (match[2] as string).trim();
    const heredocs: string[] = [];
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      for (const here of args.matchAll(HEREDOC)) {
        const body: string[] = [];
        while (
          index < lines.length &&
          (lines[index] as string).replace(here[1] ? /^\t+/ : /^$/, '') !== here[3]
        ) {
          body.push(lines[index] as string);
          index++;
        }
        index++; // the terminator
        heredocs.push(body.join('\n'));
      }
    }
    const { flags, rest } = FLAGGED.has(keyword) ? splitFlags(args) : { flags: {}, rest: args };
    const json = execForm(rest);
    instructions.push({ keyword, line: start, args, flags, rest, heredocs, ...(json ? { json } : {}) });
  }
  return { escape: escapeChar, directives, instructions };
}

function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const match = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(\S*))?(?:\s+|$)/.exec(rest);
    if (!match) break;
    flags[match[1] as string] = match[2] ?? 'true';
    rest = rest.slice(match[0].length);
  }
  return { flags, rest: rest.trim() };
}

function execForm(rest: string): string[] | undefined {
  if (!rest.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(rest);
    return Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? (value as string[])
      : undefined;
  } catch {
    return undefined;
  }
}
