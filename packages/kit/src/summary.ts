// Pure builders of GitHub-flavoured markdown for job summaries. Text arguments are plain text and
// are escaped, so a file name or job name cannot inject markdown or HTML; use rawMarkdown() to
// put already-built markdown (a link, inline code) into a table cell or list item.

/** Markdown that must not be escaped again. */
export interface Markdown {
  readonly markdown: string;
}

export function rawMarkdown(markdown: string): Markdown {
  return { markdown };
}

export type Cell = string | number | Markdown;

const NEWLINE = /\r\n|\r|\n/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ENTITY[c] ?? c);
}

// ASCII punctuation with a meaning somewhere in GFM (emphasis, links, headings, lists, tables,
// strikethrough, setext underlines, math). A backslash before any ASCII punctuation is a literal.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~=$]/g;

/** Escapes plain text for use in markdown; newlines are kept. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ENTITY[c] ?? c).replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** Plain text or markdown made to fit on one line (a table cell, a list item). */
function inline(value: Cell): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeMarkdown(value).replace(NEWLINE, '<br>');
  return value.markdown.replace(NEWLINE, '<br>');
}

/**
 * Table cells split at every `|` not preceded by a backslash, and GitHub (cmark-gfm) drops that
 * one backslash before parsing the cell, even inside code spans. Plain text already has its pipes
 * escaped by escapeMarkdown; raw markdown gets a backslash before each pipe here.
 */
function tableCell(value: Cell): string {
  const text = inline(value);
  return typeof value === 'object' ? text.replace(/\|/g, '\\|') : text;
}

export function heading(text: string, level = 2): string {
  if (!Number.isInteger(level) || level < 1 || level > 6) {
    throw new RangeError(`heading level must be 1 to 6; got ${level}`);
  }
  return `${'#'.repeat(level)} ${escapeMarkdown(text.replace(NEWLINE, ' '))}`;
}

export type Alignment = 'left' | 'center' | 'right';

const DELIMITER: Record<Alignment, string> = { left: ':---', center: ':---:', right: '---:' };

/** A GFM table. Short rows are padded with empty cells. */
export function table(headers: Cell[], rows: Cell[][], options: { align?: Alignment[] } = {}): string {
  const width = headers.length;
  const row = (cells: Cell[]) => {
    const padded = [...cells, ...Array<Cell>(Math.max(0, width - cells.length)).fill('')];
    return `| ${padded.map(tableCell).join(' | ')} |`;
  };
  const align = headers.map((_, i) => {
    const a = options.align?.[i];
    return a ? DELIMITER[a] : '---';
  });
  return [row(headers), `| ${align.join(' | ')} |`, ...rows.map(row)].join('\n');
}

/** A collapsible section; the blank line lets GitHub render the body as markdown. */
export function details(summary: string, bodyMarkdown: string): string {
  return `<details><summary>${escapeHtml(summary.replace(NEWLINE, ' '))}</summary>\n\n${bodyMarkdown}\n\n</details>`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Inline code that survives backticks in the text (newlines render as spaces anyway). */
export function code(text: string): string {
  const flat = text.replace(NEWLINE, ' ');
  if (flat === '') return '';
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  // CommonMark strips one space on each side when both are present, and a backtick next to the
  // fence would lengthen it: pad with a space in those cases.
  const pad =
    flat.startsWith('`') ||
    flat.endsWith('`') ||
    (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the text. */
export function codeBlock(text: string, lang = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
  const info = lang.replace(/[`\s]/g, '');
  return `${fence}${info}\n${text.replace(/\r?\n$/, '')}\n${fence}`;
}

/** A Mermaid diagram, which GitHub renders in job summaries. */
export function mermaid(diagram: string): string {
  return codeBlock(diagram, 'mermaid');
}

const MERMAID_ENTITY: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

/** A quoted Mermaid node label for untrusted text, e.g. `A[${mermaidLabel(taskName)}]`. */
export function mermaidLabel(text: string): string {
  return `"${text.replace(NEWLINE, ' ').replace(/["#&<>`]/g, (c) => MERMAID_ENTITY[c] ?? c)}"`;
}

/** Characters that would end or break a link destination are percent-encoded. */
function escapeUrl(url: string): string {
  return url.replace(/[\s()<>\\`\p{Cc}]/gu, (c) => {
    if (c === '(') return '%28';
    if (c === ')') return '%29';
    return encodeURIComponent(c);
  });
}

export function link(text: string, url: string): string {
  return `[${inline(text)}](${escapeUrl(url)})`;
}

/** A bulleted list, one item per entry. */
export function list(items: Cell[]): string {
  return items.map((item) => `- ${inline(item)}`).join('\n');
}

/** Joins blocks with blank lines, skipping empty ones, so callers can write `cond && table(...)`. */
export function joinBlocks(...blocks: (string | false | null | undefined)[]): string {
  return blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n');
}
