import {
  type Cell,
  code,
  codeBlock,
  details,
  heading,
  joinBlocks,
  list,
  rawMarkdown,
  table,
} from '@mlops-actions/kit';
import { hasChanges, type SpecDiff } from '@mlops-actions/pipeline-spec';

const SHOWN_CHARS = 120;

/** The diff against the baseline as summary markdown. */
export function diffMarkdown(diff: SpecDiff, baseline: string): string {
  const title = heading(`Changes since the baseline ${baseline}`, 4);
  if (diff.identical)
    return joinBlocks(title, 'No change: the spec is the same as the baseline (same spec-sha256).');
  if (!hasChanges(diff)) {
    return joinBlocks(
      title,
      'The spec differs from the baseline, but not in its tasks, images, parameters or container commands (for example in caching options or task inputs).',
    );
  }
  return joinBlocks(
    title,
    tasksBlock(diff),
    diff.imagesChanged.length > 0 &&
      table(
        ['Task', 'Image before', 'Image after'],
        diff.imagesChanged.map((c) => [codeCell(c.task), codeCell(c.before), codeCell(c.after)]),
      ),
    parametersBlock(diff),
    commandsBlock(diff),
  );
}

function tasksBlock(diff: SpecDiff): string | false {
  const items: Cell[] = [];
  if (diff.tasksAdded.length > 0)
    items.push(rawMarkdown(`Tasks added: ${diff.tasksAdded.map(code).join(', ')}`));
  if (diff.tasksRemoved.length > 0)
    items.push(rawMarkdown(`Tasks removed: ${diff.tasksRemoved.map(code).join(', ')}`));
  return items.length > 0 && list(items);
}

function parametersBlock(diff: SpecDiff): string | false {
  const rows: Cell[][] = [
    ...diff.parametersAdded.map((p) => [
      codeCell(p.name),
      'added',
      '',
      valueCell(`${p.type}${defaultText(p.defaultValue)}`),
    ]),
    ...diff.parametersRemoved.map((p) => [
      codeCell(p.name),
      'removed',
      valueCell(`${p.type}${defaultText(p.defaultValue)}`),
      '',
    ]),
    ...diff.parametersRetyped.map((p) => [
      codeCell(p.name),
      'type changed',
      codeCell(p.before),
      codeCell(p.after),
    ]),
    ...diff.defaultsChanged.map((p) => [
      codeCell(p.name),
      'default changed',
      valueCell(json(p.before)),
      valueCell(json(p.after)),
    ]),
  ];
  return rows.length > 0 && table(['Parameter', 'Change', 'Before', 'After'], rows);
}

function commandsBlock(diff: SpecDiff): string | false {
  if (diff.commandsChanged.length === 0) return false;
  const rows = diff.commandsChanged.map((c) => [codeCell(c.task), c.field]);
  const both = diff.commandsChanged
    .map((c) => `${c.task} ${c.field}\n- before: ${json(c.before)}\n+ after:  ${json(c.after)}`)
    .join('\n\n');
  return joinBlocks(
    table(['Task', 'Container field changed'], rows),
    details('Commands before and after', codeBlock(both, 'diff')),
  );
}

function defaultText(value: unknown): string {
  return value === undefined ? '' : ` = ${json(value)}`;
}

function json(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

function codeCell(text: string | undefined): Cell {
  return text === undefined ? '(none)' : rawMarkdown(code(text));
}

function valueCell(text: string): Cell {
  return rawMarkdown(code(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text));
}
