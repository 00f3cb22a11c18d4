import { invalid } from './errors.ts';

/**
 * Partial responses: the `fields` parameter, e.g. `items(name,size),nextPageToken` or
 * `bucket,metadata/key`. https://cloud.google.com/storage/docs/json_api#partial-response
 */
type Selection = Map<string, Selection | true>;

export function selectFields(value: unknown, fields: string | undefined): unknown {
  if (fields === undefined || fields.trim() === '') return value;
  return apply(value, parse(fields));
}

function apply(value: unknown, selection: Selection): unknown {
  if (Array.isArray(value)) return value.map((item) => apply(item, selection));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of selection) {
    if (!(key in value)) continue;
    const item = (value as Record<string, unknown>)[key];
    out[key] = sub === true ? item : apply(item, sub);
  }
  return out;
}

function parse(text: string): Selection {
  let pos = 0;
  const list = (): Selection => {
    const selection: Selection = new Map();
    for (;;) {
      const start = pos;
      while (pos < text.length && !',()'.includes(text[pos] as string)) pos++;
      const path = text.slice(start, pos).trim();
      if (path === '') throw invalid(`Invalid field selection ${text}`);
      let sub: Selection | true = true;
      if (text[pos] === '(') {
        pos++;
        sub = list();
        if (text[pos] !== ')') throw invalid(`Invalid field selection ${text}`);
        pos++;
      }
      insert(selection, path.split('/'), sub);
      if (text[pos] !== ',') return selection;
      pos++;
    }
  };
  const selection = list();
  if (pos !== text.length) throw invalid(`Invalid field selection ${text}`);
  return selection;
}

function insert(selection: Selection, path: string[], sub: Selection | true): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) {
    selection.set(head, sub);
    return;
  }
  let child = selection.get(head);
  if (child === true) return;
  if (child === undefined) {
    child = new Map();
    selection.set(head, child);
  }
  insert(child, rest, sub);
}
