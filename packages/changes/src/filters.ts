import picomatch from 'picomatch';
import { type Document, isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { ChangedFile, ChangeStatus } from './changed-file.ts';
import { CHANGE_STATUSES } from './changed-file.ts';
import { describeValue, FilterError } from './filter-errors.ts';

export { FilterError } from './filter-errors.ts';

export interface FilterRule {
  /** The glob, without the `!` of a negation and without a leading `./`. */
  pattern: string;
  negated: boolean;
  /** The change types the rule applies to; null for all of them. */
  statuses: ReadonlySet<ChangeStatus> | null;
}

export interface FilterGroup {
  name: string;
  rules: FilterRule[];
}

export interface CompiledFilters {
  groups: FilterGroup[];
  /** Names of the groups the file belongs to, in declaration order. */
  match(file: ChangedFile): string[];
}

export interface GroupMatch {
  name: string;
  files: ChangedFile[];
}

/** Every group sets these step outputs, so its name must be usable in all of them. */
const OUTPUT_SUFFIXES = ['', '_count', '_files', '_only'];
const GROUP_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const EXAMPLE = `"models: ['models/**']"`;
/** Enough for any honest filter file; stops "billion laughs" alias bombs. */
const MAX_ALIAS_COUNT = 1000;

type Fail = (message: string) => never;

export interface ParseFiltersOptions {
  /**
   * Step outputs the caller writes besides the groups' own (`files`, `base-sha`, …): a group whose
   * outputs would overwrite one of them is refused. Compared ignoring case, as expressions do.
   */
  reservedOutputs?: readonly string[];
}

/**
 * Reads filter definitions: a YAML mapping of group name → pattern or (nested) list of patterns,
 * where an entry may also be `added|modified: <pattern(s)>`. `source` names where the text came
 * from in error messages (`input "filters"` or a file path).
 */
export function parseFilters(text: string, source: string, options: ParseFiltersOptions = {}): FilterGroup[] {
  const fail: Fail = (message) => {
    throw new FilterError(`Invalid filters in ${source}: ${message}`);
  };
  const top = loadYaml(text, fail);
  if (top === null || (top instanceof Map && top.size === 0)) {
    fail(`no groups defined; expected a mapping of group names to patterns, e.g. ${EXAMPLE}`);
  }
  if (!(top instanceof Map)) {
    return fail(`expected a mapping of group names to patterns, e.g. ${EXAMPLE}, got ${describeValue(top)}`);
  }
  const groups: FilterGroup[] = [];
  for (const [key, value] of top) {
    const name = checkGroupName(key, fail);
    checkNotReserved(name, options.reservedOutputs ?? [], fail);
    groups.push({ name, rules: parseGroupRules(name, value, fail) });
  }
  checkOutputNamesAreDistinct(groups, fail);
  return groups;
}

function loadYaml(text: string, fail: Fail): unknown {
  const lineCounter = new LineCounter();
  // failsafe: every scalar is a string, so `2024` or `1.10` stay the patterns the user wrote.
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `YAML error at line ${line}, column ${col}`;
  };
  // Warnings are errors too: an unquoted `!models/**` is a YAML tag, silently read as ''.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) fail(`${at(problem.pos[0])}: ${explainYamlProblem(problem, doc, text)}`);

  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        fail(
          `${at(alias.range?.[0] ?? 0)}: alias "*${alias.source}" refers to no anchor defined before it; ` +
            `quote a pattern that starts with "*": '*${alias.source}'`,
        );
      }
    },
  });
  try {
    return doc.toJS({ mapAsMap: true, maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail(`cannot expand the YAML aliases: ${(error as Error).message}`);
  }
}

function explainYamlProblem(problem: YAMLError, doc: Document, text: string): string {
  switch (problem.code) {
    case 'DUPLICATE_KEY': {
      const key = keyStartingAt(doc, problem.pos[0]);
      return key === undefined ? 'duplicate key' : `duplicate key ${JSON.stringify(key)}`;
    }
    case 'MULTIPLE_DOCS':
      return 'a second YAML document starts here; the filters must be a single document';
    case 'TAG_RESOLVE_FAILED': {
      const tag = text.slice(problem.pos[0], problem.pos[1]);
      if (tag.startsWith('!') && !tag.startsWith('!!')) {
        return `${JSON.stringify(tag)} is read as a YAML tag; quote a pattern that starts with "!": '${tag}'`;
      }
      return problem.message;
    }
    default:
      return problem.message;
  }
}

function keyStartingAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
    },
  });
  return found;
}

function checkGroupName(key: unknown, fail: Fail): string {
  if (typeof key !== 'string') return fail(`a group name must be a plain string, got ${describeValue(key)}`);
  if (!GROUP_NAME.test(key)) {
    fail(
      `group name ${JSON.stringify(key)} cannot be used in step output names; ` +
        `use letters, digits, "-" and "_", starting with a letter or "_"`,
    );
  }
  return key;
}

/** A group named `files` would silently overwrite the action's own `files` output, and so on. */
function checkNotReserved(name: string, reserved: readonly string[], fail: Fail): void {
  for (const suffix of OUTPUT_SUFFIXES) {
    const output = name + suffix;
    const taken = reserved.find((other) => other.toLowerCase() === output.toLowerCase());
    if (taken !== undefined) {
      fail(
        `group name ${JSON.stringify(name)} would set the step output ${JSON.stringify(output)}, which the action ` +
          `writes itself (its own outputs: ${reserved.join(', ')}); choose another name`,
      );
    }
  }
}

/** Outputs are `<name>`, `<name>_count`, ...: `a` and `a_count` would both set `a_count`. */
function checkOutputNamesAreDistinct(groups: readonly FilterGroup[], fail: Fail): void {
  // Expressions look outputs up case-insensitively, so `Models` and `models` collide too.
  const owners = new Map<string, { group: string; output: string }>();
  for (const { name } of groups) {
    for (const suffix of OUTPUT_SUFFIXES) {
      const output = name + suffix;
      const owner = owners.get(output.toLowerCase());
      if (owner) {
        const caseNote =
          owner.output === output ? '' : ` (${JSON.stringify(owner.output)}: names ignore case)`;
        fail(
          `groups ${JSON.stringify(owner.group)} and ${JSON.stringify(name)} would both set the step output ` +
            `${JSON.stringify(output)}${caseNote}; rename one of them`,
        );
      }
      owners.set(output.toLowerCase(), { group: name, output });
    }
  }
}

function parseGroupRules(group: string, value: unknown, fail: Fail): FilterRule[] {
  const where = `group ${JSON.stringify(group)}`;
  if (typeof value !== 'string' && !Array.isArray(value)) {
    fail(`${where} must be a pattern or a list of patterns, got ${describeValue(value)}`);
  }
  const rules: FilterRule[] = [];
  // An empty value (`models:`) reads as '' under the failsafe schema: no patterns, not an empty one.
  const entries = value === '' ? [] : flatten(typeof value === 'string' ? [value] : value, where, fail);
  for (const entry of entries) {
    if (typeof entry === 'string') rules.push(parseRule(entry, null, where, fail));
    else if (entry instanceof Map) rules.push(...parseChangeTypeEntry(entry, where, fail));
    else {
      fail(
        `${where} has a list entry that is ${describeValue(entry)}; expected a pattern ` +
          `or a one-key mapping such as "added|modified: 'models/**'"`,
      );
    }
  }
  if (rules.length === 0) {
    fail(`${where} has no patterns; expected a pattern or a list of patterns, e.g. ${EXAMPLE}`);
  }
  if (rules.every((rule) => rule.negated)) {
    fail(`${where} has only negated patterns, so it can never match; add a positive pattern such as '**'`);
  }
  return rules;
}

/** An alias inside a list yields a nested list: `[*shared, 'x']`. Nesting may go any depth. */
function flatten(list: readonly unknown[], where: string, fail: Fail): unknown[] {
  const flat: unknown[] = [];
  const ancestors = new Set<unknown>();
  const walk = (items: readonly unknown[]): void => {
    if (ancestors.has(items)) fail(`${where} contains itself through an alias`);
    ancestors.add(items);
    for (const item of items) {
      if (Array.isArray(item)) walk(item);
      else flat.push(item);
    }
    ancestors.delete(items);
  };
  walk(list);
  return flat;
}

/** `- added|modified: 'models/**'` (or a list of patterns) restricts the patterns to those change types. */
function parseChangeTypeEntry(entry: Map<unknown, unknown>, where: string, fail: Fail): FilterRule[] {
  if (entry.size !== 1) {
    const keys = [...entry.keys()].map((key) => JSON.stringify(key)).join(', ');
    fail(
      `${where} has a mapping entry with ${entry.size} keys (${keys}); a change-type entry has exactly ` +
        `one key, such as "added|modified: 'models/**'"`,
    );
  }
  const rules: FilterRule[] = [];
  for (const [key, value] of entry) {
    const statuses = parseChangeTypes(key, where, fail);
    const label = `${where}, change type ${JSON.stringify(key)},`;
    if (typeof value !== 'string' && !Array.isArray(value)) {
      fail(`${label} must have a pattern or a list of patterns, got ${describeValue(value)}`);
    }
    const patterns = value === '' ? [] : flatten(typeof value === 'string' ? [value] : value, where, fail);
    if (patterns.length === 0) fail(`${label} has no patterns; write e.g. "${key}: 'models/**'"`);
    for (const pattern of patterns) {
      if (typeof pattern !== 'string') {
        fail(`${label} has a list entry that is ${describeValue(pattern)}; expected a pattern`);
      }
      rules.push(parseRule(pattern, statuses, where, fail));
    }
  }
  return rules;
}

function parseChangeTypes(key: unknown, where: string, fail: Fail): ReadonlySet<ChangeStatus> {
  const accepted = `accepted: ${CHANGE_STATUSES.join(', ')}, joined with "|" as in "added|modified"`;
  if (typeof key !== 'string') {
    return fail(`${where} has a change type that is ${describeValue(key)}; ${accepted}`);
  }
  const statuses = new Set<ChangeStatus>();
  for (const name of key.split('|').map((part) => part.trim())) {
    const status = CHANGE_STATUSES.find((known) => known === name);
    if (!status) {
      fail(`${where} has unknown change type ${JSON.stringify(name)} in ${JSON.stringify(key)}; ${accepted}`);
    }
    statuses.add(status);
  }
  return statuses;
}

function parseRule(
  raw: string,
  statuses: ReadonlySet<ChangeStatus> | null,
  where: string,
  fail: Fail,
): FilterRule {
  const negated = raw.startsWith('!');
  const pattern = (negated ? raw.slice(1) : raw).replace(/^(?:\.\/)+/, '');
  if (pattern === '') {
    const shown = raw === '' ? '' : ` (${JSON.stringify(raw)})`;
    fail(`${where} has an empty pattern${shown}; write a glob such as 'models/**' or remove the entry`);
  }
  try {
    compileGlob(pattern);
  } catch (error) {
    fail(`${where} has an invalid pattern ${JSON.stringify(raw)}: ${globErrorReason(error)}`);
  }
  return { pattern, negated, statuses };
}

// ---- matching ----------------------------------------------------------------------------------

interface CompiledGlob {
  source: string;
  /** Whether the source also compiles with the `u` flag (then `?` matches a whole emoji). */
  unicode: boolean;
  /** A cheap necessary condition for a path to match, or null when there is none. */
  locator: PathLocator | null;
}

/** A directory every matching path is in (or equals), or the extension every matching path has. */
type PathLocator = { kind: 'directory' | 'extension'; key: string };

const GLOB_OPTIONS = {
  dot: true, // dotfiles are files like any other
  windows: false, // paths are git's POSIX paths on every runner; `\` is an escape, not a separator
  nonegate: true, // we strip the one leading `!` ourselves; any further `!` is literal
  debug: true, // throw on an invalid glob instead of returning a regex that never matches
  flags: 's', // `**` is built from `.`, which without `s` would not match a newline in a file name
} as const;

function compileGlob(pattern: string): CompiledGlob {
  const { source } = picomatch.makeRe(pattern, GLOB_OPTIONS);
  let unicode = true;
  try {
    new RegExp(source, 'su');
  } catch {
    unicode = false; // picomatch escapes characters like `-` or `#` in ways the `u` flag rejects
  }
  return { source, unicode, locator: locatorOf(pattern) };
}

/**
 * `models/tfx/**` → directory `models/tfx`; `*_test.py` at any depth → extension `py`. Only characters
 * that are surely literal to picomatch count (it reads even `|` specially). The last `/` of a directory
 * is dropped because `models/**` also matches `models`.
 */
function locatorOf(pattern: string): PathLocator | null {
  const head = /^[A-Za-z0-9_./-]*/.exec(pattern)?.[0] ?? '';
  const directory = head.slice(0, Math.max(0, head.lastIndexOf('/')));
  if (directory !== '') return { kind: 'directory', key: directory };
  const tail = /[A-Za-z0-9_.-]*$/.exec(pattern)?.[0] ?? '';
  return tail.includes('.') ? { kind: 'extension', key: tail.slice(tail.lastIndexOf('.') + 1) } : null;
}

/** `models/x.tar.gz` → `gz`; null when the file name has no `.`. */
function extensionOf(path: string): string | null {
  // picomatch lets `**/*.md` match `x.md/` too; file paths never end in `/`, but stay exact.
  const name = path.endsWith('/') ? path.slice(0, -1) : path;
  const dot = name.lastIndexOf('.');
  return dot > name.lastIndexOf('/') ? name.slice(dot + 1) : null;
}

function globErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith('Invalid regular expression:')) return message;
  // "Invalid regular expression: /^(?:...)$/s: Unterminated group" → "Unterminated group"
  const reason = message.slice(message.lastIndexOf(': ') + 2);
  return `${reason} (escape a literal "{", "}", "(", ")", "[" or "]" with "\\")`;
}

/**
 * OR-ed regexes, each compiled once and shared by all groups that use the same patterns; a result is
 * remembered for the current path, so an exclusion repeated in every group runs once per file.
 */
function createRegexStore() {
  const regexes: RegExp[][] = [];
  const idsByKey = new Map<string, number>();
  const testedFor: number[] = [];
  const results: boolean[] = [];

  return {
    /** An id for "matches any of these globs"; -1 for an empty list, which matches nothing. */
    idFor(globs: readonly CompiledGlob[]): number {
      if (globs.length === 0) return -1;
      const key = JSON.stringify(globs.map((glob) => glob.source));
      let id = idsByKey.get(key);
      if (id === undefined) {
        id = regexes.push(combine(globs)) - 1;
        idsByKey.set(key, id);
      }
      return id;
    },
    /** `pathSerial` identifies the path, so a result is reused only for the same one. */
    test(id: number, path: string, pathSerial: number): boolean {
      if (id < 0) return false;
      if (testedFor[id] !== pathSerial) {
        results[id] = regexes[id]?.some((regex) => regex.test(path)) ?? false;
        testedFor[id] = pathSerial;
      }
      return results[id] === true;
    },
  };
}

/** One regex per flag set: globs that the `u` flag rejects go into a second one. */
function combine(globs: readonly CompiledGlob[]): RegExp[] {
  const combined: RegExp[] = [];
  for (const unicode of [true, false]) {
    const sources = globs.filter((glob) => glob.unicode === unicode).map((glob) => `(?:${glob.source})`);
    if (sources.length > 0) combined.push(new RegExp(sources.join('|'), unicode ? 'su' : 's'));
  }
  return combined;
}

/** A group's rules for one change type, as regex ids. */
interface GroupTest {
  include: number;
  exclude: number;
}

/**
 * For one change type: which groups a path can match at all, found without running a regex. A group
 * whose positive patterns all start with a directory (`models/**`) or end with an extension
 * (`*.md` at any depth) is tried only for paths in those directories or with those extensions.
 */
interface StatusIndex {
  tests: (GroupTest | undefined)[];
  everywhere: number[];
  byDirectory: Map<string, number[]>;
  byExtension: Map<string, number[]>;
}

function buildStatusIndex(
  groups: readonly FilterGroup[],
  status: ChangeStatus,
  globFor: (pattern: string) => CompiledGlob,
  store: ReturnType<typeof createRegexStore>,
): StatusIndex {
  const index: StatusIndex = { tests: [], everywhere: [], byDirectory: new Map(), byExtension: new Map() };
  groups.forEach((group, groupIndex) => {
    const applicable = group.rules.filter((rule) => rule.statuses === null || rule.statuses.has(status));
    const globsOf = (negated: boolean): CompiledGlob[] =>
      applicable.filter((rule) => rule.negated === negated).map((rule) => globFor(rule.pattern));
    const includeGlobs = globsOf(false);
    // No positive rule for this change type: such files never match the group.
    if (includeGlobs.length === 0) return;
    index.tests[groupIndex] = { include: store.idFor(includeGlobs), exclude: store.idFor(globsOf(true)) };
    const locators = includeGlobs.map((glob) => glob.locator);
    if (locators.includes(null)) {
      index.everywhere.push(groupIndex);
      return;
    }
    for (const locator of locators as PathLocator[]) {
      const map = locator.kind === 'directory' ? index.byDirectory : index.byExtension;
      const list = map.get(locator.key) ?? [];
      if (!list.includes(groupIndex)) list.push(groupIndex);
      map.set(locator.key, list);
    }
  });
  return index;
}

/** Marks, with `serial`, the groups of `index` that `path` could match. */
function markCandidates(index: StatusIndex, path: string, candidateFor: Float64Array, serial: number): void {
  const mark = (groupIndexes: readonly number[] | undefined): void => {
    if (groupIndexes) for (const groupIndex of groupIndexes) candidateFor[groupIndex] = serial;
  };
  mark(index.everywhere);
  if (index.byDirectory.size > 0) {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      mark(index.byDirectory.get(path.slice(0, slash)));
    }
    mark(index.byDirectory.get(path));
  }
  const extension = index.byExtension.size > 0 ? extensionOf(path) : null;
  if (extension !== null) mark(index.byExtension.get(extension));
}

/** Lets `matchFiles` collect by group index instead of looking names up for every match. */
const groupIndexMatchers = new WeakMap<CompiledFilters, (file: ChangedFile) => number[]>();

/** Compiles every pattern once; `match` then runs only the regexes a path could possibly satisfy. */
export function compileFilters(groups: FilterGroup[]): CompiledFilters {
  const globs = new Map<string, CompiledGlob>();
  const globFor = (pattern: string): CompiledGlob => {
    let glob = globs.get(pattern);
    if (!glob) {
      try {
        glob = compileGlob(pattern);
      } catch (error) {
        throw new FilterError(`Invalid pattern ${JSON.stringify(pattern)}: ${globErrorReason(error)}`);
      }
      globs.set(pattern, glob);
    }
    return glob;
  };
  const store = createRegexStore();
  const indexes = new Map(
    CHANGE_STATUSES.map((status) => [status, buildStatusIndex(groups, status, globFor, store)]),
  );
  // Stamped with the serial of the path being matched: no clearing between paths.
  const candidateFor = new Float64Array(groups.length);
  let pathSerial = 0;

  const matchingGroupIndexes = (file: ChangedFile): number[] => {
    const matching: number[] = [];
    const index = indexes.get(file.status);
    if (!index) return matching;
    const serial = ++pathSerial;
    markCandidates(index, file.path, candidateFor, serial);
    for (let groupIndex = 0; groupIndex < groups.length; groupIndex++) {
      const test = index.tests[groupIndex];
      if (
        candidateFor[groupIndex] === serial &&
        test !== undefined &&
        store.test(test.include, file.path, serial) &&
        !store.test(test.exclude, file.path, serial)
      ) {
        matching.push(groupIndex);
      }
    }
    return matching;
  };

  const compiled: CompiledFilters = {
    groups,
    match: (file) => matchingGroupIndexes(file).map((groupIndex) => (groups[groupIndex] as FilterGroup).name),
  };
  groupIndexMatchers.set(compiled, matchingGroupIndexes);
  return compiled;
}

/** One entry per group, in declaration order, each with its files in input order. */
export function matchFiles(compiled: CompiledFilters, files: readonly ChangedFile[]): GroupMatch[] {
  const { groups } = compiled;
  const byGroup: ChangedFile[][] = groups.map(() => []);
  const matchingGroupIndexes = groupIndexMatchers.get(compiled);
  if (matchingGroupIndexes) {
    for (const file of files) {
      for (const groupIndex of matchingGroupIndexes(file)) byGroup[groupIndex]?.push(file);
    }
  } else {
    // Some other implementation of CompiledFilters: go by name.
    const indexByName = new Map(groups.map((group, groupIndex) => [group.name, groupIndex]));
    for (const file of files) {
      for (const name of compiled.match(file)) byGroup[indexByName.get(name) ?? -1]?.push(file);
    }
  }
  return groups.map((group, groupIndex) => ({ name: group.name, files: byGroup[groupIndex] ?? [] }));
}
