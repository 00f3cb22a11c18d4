// Parsing of stdout workflow commands, as actions/runner's ActionCommand.TryParseV2 (`::name k=v,k=v::data`)
// and its legacy TryParse (`##[name k=v;k=v]data`, anywhere in the line) do it.

export interface WorkflowCommand {
  /** As written; the runner matches command names case-insensitively. */
  name: string;
  /** Keys lower-cased (the runner looks them up case-insensitively); values unescaped. */
  properties: Map<string, string>;
  data: string;
}

const DATA_ESCAPES: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const LEGACY_ESCAPES: Array<[string, string]> = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

/** Replaces one escape after another, in the runner's order (so `%250A` becomes `%0A`, not a newline). */
function unescapeWith(text: string, escapes: Array<[string, string]>): string {
  return escapes.reduce((value, [escaped, plain]) => value.replaceAll(escaped, plain), text);
}

/**
 * The command on this line, or undefined when it is ordinary output. Only registered names count:
 * `::foo::bar` with an unknown foo is printed as is, like the runner does.
 */
export function parseWorkflowCommand(
  line: string,
  registered: (name: string) => boolean,
): WorkflowCommand | undefined {
  return parseV2(line, registered) ?? parseLegacy(line, registered);
}

function parseV2(line: string, registered: (name: string) => boolean): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered(name)) return undefined;
  const properties = new Map<string, string>();
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(','))
      addProperty(properties, pair, PROPERTY_ESCAPES);
  }
  return { name, properties, data: unescapeWith(message.slice(end + 2), DATA_ESCAPES) };
}

function parseLegacy(line: string, registered: (name: string) => boolean): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered(name)) return undefined;
  const properties = new Map<string, string>();
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';')) addProperty(properties, pair, LEGACY_ESCAPES);
  }
  return { name, properties, data: unescapeWith(line.slice(close + 1), LEGACY_ESCAPES) };
}

/** `k=v`; like .NET's Split('=', 2, RemoveEmptyEntries), a pair with an empty side is ignored. */
function addProperty(properties: Map<string, string>, pair: string, escapes: Array<[string, string]>): void {
  const equals = pair.indexOf('=');
  if (equals <= 0 || equals === pair.length - 1) return;
  properties.set(pair.slice(0, equals).toLowerCase(), unescapeWith(pair.slice(equals + 1), escapes));
}
