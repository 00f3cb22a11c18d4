import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import type { ChangedFile, ChangeStatus } from '../src/changed-file.ts';
import { compileFilters, FilterError, type FilterGroup, matchFiles, parseFilters } from '../src/filters.ts';

const SOURCE = 'input "filters"';
const parse = (text: string): FilterGroup[] => parseFilters(text, SOURCE);

/** The groups `path` lands in, as the action would report them. */
function groupsOf(text: string, path: string, status: ChangeStatus = 'modified'): string[] {
  return compileFilters(parse(text)).match({ path, status });
}

/** The outputs detect-changes writes itself. */
const RESERVED = ['changes', 'base-sha', 'head-sha', 'files'];

function parseError(text: string, source = SOURCE, reservedOutputs = RESERVED): string {
  try {
    parseFilters(text, source, { reservedOutputs });
  } catch (error) {
    expect(error).toBeInstanceOf(FilterError);
    return (error as Error).message;
  }
  throw new Error('expected parseFilters to throw');
}

const patternsOf = (groups: FilterGroup[], name: string): string[] =>
  groups
    .find((group) => group.name === name)
    ?.rules.map((rule) => (rule.negated ? '!' : '') + rule.pattern) ?? [];

describe('parseFilters', () => {
  it('reads a mapping of group names to a pattern or a list of patterns, in declaration order', () => {
    const groups = parse("models: 'models/**'\ndocs:\n  - docs/**\n  - '*.md'\n");
    expect(groups).toEqual([
      { name: 'models', rules: [{ pattern: 'models/**', negated: false, statuses: null }] },
      {
        name: 'docs',
        rules: [
          { pattern: 'docs/**', negated: false, statuses: null },
          { pattern: '*.md', negated: false, statuses: null },
        ],
      },
    ]);
  });

  it('expands anchors and aliases, flattening the nested lists they make', () => {
    const groups = parse(
      [
        "shared: &shared ['requirements.txt', 'Dockerfile']",
        'base: &base',
        '  - *shared',
        "  - 'pipeline/**'",
        "models: [*base, 'models/**', [[*shared]]]",
        "single: &one 'one/**'",
        'reuse: [*one]',
      ].join('\n'),
    );
    expect(patternsOf(groups, 'base')).toEqual(['requirements.txt', 'Dockerfile', 'pipeline/**']);
    expect(patternsOf(groups, 'models')).toEqual([
      'requirements.txt',
      'Dockerfile',
      'pipeline/**',
      'models/**',
      'requirements.txt',
      'Dockerfile',
    ]);
    expect(patternsOf(groups, 'reuse')).toEqual(['one/**']);
  });

  it('restricts entries to change types, with a single pattern or a list, aliases included', () => {
    const groups = parse(
      [
        "tests: &tests ['**/*_test.py']",
        'models:',
        "  - added: 'models/**'",
        "  - added|modified: ['pipeline/**', *tests]",
        "  - 'deleted | modified': '!pipeline/legacy/**'",
      ].join('\n'),
    );
    const models = groups.find((group) => group.name === 'models');
    expect(models?.rules).toEqual([
      { pattern: 'models/**', negated: false, statuses: new Set(['added']) },
      { pattern: 'pipeline/**', negated: false, statuses: new Set(['added', 'modified']) },
      { pattern: '**/*_test.py', negated: false, statuses: new Set(['added', 'modified']) },
      { pattern: 'pipeline/legacy/**', negated: true, statuses: new Set(['deleted', 'modified']) },
    ]);
  });

  it('strips a leading ./ from patterns, negated or not', () => {
    expect(patternsOf(parse("models: ['./models/**', '!./models/x', '././a']"), 'models')).toEqual([
      'models/**',
      '!models/x',
      'a',
    ]);
  });

  it('keeps numbers and booleans as the patterns the user wrote', () => {
    expect(patternsOf(parse('data: [2024, 1.10, true, 0x1F]'), 'data')).toEqual([
      '2024',
      '1.10',
      'true',
      '0x1F',
    ]);
  });

  it('names the source in its messages', () => {
    expect(parseError('- a', '.github/filters.yml')).toBe(
      `Invalid filters in .github/filters.yml: expected a mapping of group names to patterns, e.g. "models: ['models/**']", got a list`,
    );
  });
});

describe('matching', () => {
  it('reports the groups a file matches in declaration order', () => {
    const text = "docs: ['**/*.md']\nmodels: ['models/**']\nall: ['**']\n";
    expect(groupsOf(text, 'models/README.md')).toEqual(['docs', 'models', 'all']);
    expect(groupsOf(text, 'models/train.py')).toEqual(['models', 'all']);
    expect(groupsOf(text, 'setup.cfg')).toEqual(['all']);
  });

  it('excludes files matching a negated pattern, wherever it is listed', () => {
    for (const text of [
      "models: ['models/**', '!models/**/*_test.py']",
      "models: ['!models/**/*_test.py', 'models/**']",
    ]) {
      expect(groupsOf(text, 'models/trainer/model.py')).toEqual(['models']);
      expect(groupsOf(text, 'models/trainer/model_test.py')).toEqual([]);
      expect(groupsOf(text, 'models/model_test.py')).toEqual([]);
      expect(groupsOf(text, 'other/model_test.py')).toEqual([]);
    }
  });

  it('applies a negation only inside its own group', () => {
    const text = "code: ['**', '!**/*.md']\ndocs: ['**/*.md']\n";
    expect(groupsOf(text, 'docs/index.md')).toEqual(['docs']);
    expect(groupsOf(text, 'src/main.py')).toEqual(['code']);
  });

  it('applies change-type restrictions to positive and negated patterns', () => {
    const text = [
      'models:',
      "  - added: 'models/**'",
      "  - added|modified: ['pipeline/**']",
      'code:',
      "  - '**'",
      "  - deleted: '!docs/**'",
    ].join('\n');
    expect(groupsOf(text, 'models/new.py', 'added')).toEqual(['models', 'code']);
    expect(groupsOf(text, 'models/old.py', 'modified')).toEqual(['code']);
    expect(groupsOf(text, 'models/old.py', 'deleted')).toEqual(['code']);
    expect(groupsOf(text, 'pipeline/p.py', 'modified')).toEqual(['models', 'code']);
    expect(groupsOf(text, 'pipeline/p.py', 'deleted')).toEqual(['code']);
    expect(groupsOf(text, 'docs/a.md', 'modified')).toEqual(['code']);
    expect(groupsOf(text, 'docs/a.md', 'deleted')).toEqual([]);
  });

  it('treats dotfiles and dot-directories like any other file', () => {
    const text = "all: ['**']\nci: ['.github/**']\nroot: ['*']\nenv: ['**/.env']\n";
    expect(groupsOf(text, '.github/workflows/ci.yml')).toEqual(['all', 'ci']);
    expect(groupsOf(text, '.gitignore')).toEqual(['all', 'root']);
    expect(groupsOf(text, 'models/.env')).toEqual(['all', 'env']);
  });

  it('matches names with spaces, quotes, newlines and non-ASCII characters like any other', () => {
    const text = [
      "all: ['**']",
      "docs: ['docs/**']",
      "top_docs: ['docs/*']",
      "markdown: ['**/*.md']",
      "one_char: ['docs/?.md']",
      "any_root: ['*']",
    ].join('\n');
    expect(groupsOf(text, 'docs/x\n::warning::y.md')).toEqual(['all', 'docs', 'top_docs', 'markdown']);
    expect(groupsOf(text, 'docs/a b/c "d" \'e\'.md')).toEqual(['all', 'docs', 'markdown']);
    expect(groupsOf(text, 'docs/😀.md')).toEqual(['all', 'docs', 'top_docs', 'markdown', 'one_char']);
    expect(groupsOf(text, 'docs/ü.md')).toEqual(['all', 'docs', 'top_docs', 'markdown', 'one_char']);
    expect(groupsOf(text, '\nleading-newline')).toEqual(['all', 'any_root']);
    expect(groupsOf(text, 'trailing-newline\n')).toEqual(['all', 'any_root']);
    // `*` still stops at `/`, newline or not.
    expect(groupsOf(text, 'docs/a\nb/c.txt')).toEqual(['all', 'docs']);
  });

  it('matches patterns that contain odd characters themselves', () => {
    const text =
      "spaced: ['my docs/**']\nquoted: [\"it's/*.md\"]\nnewline: [\"a\\nb/**\"]\nemoji: ['😀/**']\n";
    expect(groupsOf(text, 'my docs/x.md')).toEqual(['spaced']);
    expect(groupsOf(text, "it's/x.md")).toEqual(['quoted']);
    expect(groupsOf(text, 'a\nb/c')).toEqual(['newline']);
    expect(groupsOf(text, '😀/c')).toEqual(['emoji']);
  });

  it('reads only the first ! as negation; a literal ! follows it', () => {
    expect(groupsOf("all: ['**', '!!keep.md']", '!keep.md')).toEqual([]);
    expect(groupsOf("all: ['**', '!!keep.md']", 'keep.md')).toEqual(['all']);
  });

  it('groups files per group, in declaration order, files in input order', () => {
    const compiled = compileFilters(
      parse("models: ['models/**']\ndocs: ['**/*.md']\nnone: ['nothing/**']\n"),
    );
    const files: ChangedFile[] = [
      { path: 'models/b.md', status: 'added' },
      { path: 'README.md', status: 'modified' },
      { path: 'models/a.py', status: 'deleted' },
    ];
    expect(matchFiles(compiled, files)).toEqual([
      { name: 'models', files: [files[0], files[2]] },
      { name: 'docs', files: [files[0], files[1]] },
      { name: 'none', files: [] },
    ]);
  });

  it('works with any CompiledFilters implementation', () => {
    const groups = parse("a: ['x']\nb: ['y']\n");
    const compiled = { groups, match: (file: ChangedFile) => (file.path === 'x' ? ['a', 'b'] : []) };
    expect(matchFiles(compiled, [{ path: 'x', status: 'added' }])).toEqual([
      { name: 'a', files: [{ path: 'x', status: 'added' }] },
      { name: 'b', files: [{ path: 'x', status: 'added' }] },
    ]);
  });

  it('rejects an invalid pattern in programmatically built groups', () => {
    expect(() =>
      compileFilters([{ name: 'x', rules: [{ pattern: 'a{', negated: false, statuses: null }] }]),
    ).toThrow(
      new FilterError(
        `Invalid pattern "a{": Unterminated group (escape a literal "{", "}", "(", ")", "[" or "]" with "\\")`,
      ),
    );
  });

  it('agrees with plain picomatch on every pattern and path (the shortcuts change no result)', () => {
    const patterns = [
      '**',
      '*',
      'models/**',
      'models/*',
      'models/**/*.py',
      '**/*_test.py',
      '**/*.md',
      '*.md',
      'README.md',
      'docs',
      'docs/',
      'a/**/b',
      'src/mod1*/**',
      '**/dir3/**',
      '{models,docs}/**',
      'models/?.py',
      '**/*.{yml,yaml}',
      'a|b/x',
      '.github/**',
      '**/.env',
      'x.tar.gz',
      '**/*.',
      'models/[ab]*.py',
      '+(models)/**',
      'read-me.md', // compiles only without the `u` flag
      'docs/a}b.md', // this one too
    ];
    const paths = [
      'models',
      'models/a.py',
      'models/b_test.py',
      'models/x/y/z.py',
      'models/x/y/z_test.py',
      'docs',
      'docs/',
      'docs/a.md',
      'README.md',
      'x.md/',
      'a/b',
      'a/x/y/b',
      'a//b',
      'b/x',
      'a',
      'src/mod1/x',
      'src/mod12/x',
      'src/mod2/dir3/f',
      '.github/workflows/ci.yml',
      'models/.env',
      '.env',
      'x.tar.gz',
      'y.',
      'conf.yaml',
      'k8s/conf.yml',
      'models/😀.py',
      'models/a\nb.py',
      'read-me.md',
      'docs/a}b.md',
    ];
    // One picomatch regex per pattern, tested on its own (with `u` where it compiles, so `?` takes an emoji).
    const reference = (pattern: string): RegExp => {
      const { source } = picomatch.makeRe(pattern, { dot: true, windows: false });
      try {
        return new RegExp(source, 'su');
      } catch {
        return new RegExp(source, 's');
      }
    };
    // Every pattern alone, and every pair as positive + negated, in one filter set.
    const groups: FilterGroup[] = [];
    const expected = (path: string): string[] => {
      const names: string[] = [];
      for (const [i, include] of patterns.entries()) {
        if (reference(include).test(path)) names.push(`p${i}`);
      }
      for (const [i, include] of patterns.entries()) {
        const exclude = patterns[(i * 7 + 3) % patterns.length] as string;
        if (reference(include).test(path) && !reference(exclude).test(path)) names.push(`n${i}`);
      }
      return names;
    };
    for (const [i, pattern] of patterns.entries()) {
      groups.push({ name: `p${i}`, rules: [{ pattern, negated: false, statuses: null }] });
    }
    for (const [i, pattern] of patterns.entries()) {
      const exclude = patterns[(i * 7 + 3) % patterns.length] as string;
      groups.push({
        name: `n${i}`,
        rules: [
          { pattern, negated: false, statuses: null },
          { pattern: exclude, negated: true, statuses: null },
        ],
      });
    }
    const compiled = compileFilters(groups);
    for (const path of paths) {
      expect({ path, groups: compiled.match({ path, status: 'modified' }) }).toEqual({
        path,
        groups: expected(path),
      });
    }
  });

  it('matches 10,000 files against 20 groups quickly', () => {
    const text = Array.from(
      { length: 20 },
      (_, g) =>
        `g${g}:\n  - 'src/mod${g}/**'\n  - '**/*.g${g}'\n  - '!**/*_test.py'\n  - added|modified: ['pipelines/p${g}/**']\n` +
        (g % 5 === 0 ? "  - '**/docs/**'\n" : ''),
    ).join('');
    const compiled = compileFilters(parse(text));
    const files: ChangedFile[] = Array.from({ length: 10_000 }, (_, i) => ({
      path: `src/mod${i % 30}/sub/dir${i % 7}/file_${i}${i % 3 ? '_test' : ''}.${['py', 'md', 'g4'][i % 3]}`,
      status: 'modified',
    }));
    const started = performance.now();
    const matches = matchFiles(compiled, files);
    const elapsed = performance.now() - started;
    expect(matches.find((match) => match.name === 'g4')?.files).toHaveLength(334 + 3333);
    // A generous bound for slow CI machines; it runs in a few milliseconds.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('errors', () => {
  const cases: [string, string, string, string[]?][] = [
    [
      'invalid YAML',
      'a: [x\n',
      'YAML error at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['tabs', 'models:\n\t- x\n', 'YAML error at line 2, column 1: Tabs are not allowed as indentation'],
    [
      'an unquoted negation',
      "models:\n  - 'models/**'\n  - !models/**/*_test.py\n",
      `YAML error at line 3, column 5: "!models/**/*_test.py" is read as a YAML tag; quote a pattern that starts with "!": '!models/**/*_test.py'`,
    ],
    [
      'an unquoted leading *',
      'python:\n  - *.py\n',
      `YAML error at line 2, column 5: alias "*.py" refers to no anchor defined before it; quote a pattern that starts with "*": '*.py'`,
    ],
    [
      'an unknown alias',
      "models: [*shraed, 'models/**']\n",
      `YAML error at line 1, column 10: alias "*shraed" refers to no anchor defined before it; quote a pattern that starts with "*": '*shraed'`,
    ],
    [
      'a duplicate group',
      "models: ['a']\ndocs: ['b']\nmodels: ['c']\n",
      'YAML error at line 3, column 1: duplicate key "models"',
    ],
    [
      'a duplicate change type',
      'models:\n  - added: a\n    added: b\n',
      'YAML error at line 3, column 5: duplicate key "added"',
    ],
    [
      'several documents',
      'a: x\n---\nb: y\n',
      'YAML error at line 2, column 1: a second YAML document starts here; the filters must be a single document',
    ],
    [
      'a list at the top',
      '- a\n- b\n',
      `expected a mapping of group names to patterns, e.g. "models: ['models/**']", got a list`,
    ],
    [
      'a string at the top',
      'models/**\n',
      `expected a mapping of group names to patterns, e.g. "models: ['models/**']", got a string ("models/**")`,
    ],
    [
      'no text',
      '',
      `no groups defined; expected a mapping of group names to patterns, e.g. "models: ['models/**']"`,
    ],
    [
      'only a comment',
      '# later\n',
      `no groups defined; expected a mapping of group names to patterns, e.g. "models: ['models/**']"`,
    ],
    [
      'an empty mapping',
      '{}',
      `no groups defined; expected a mapping of group names to patterns, e.g. "models: ['models/**']"`,
    ],
    [
      'a mapping as group value',
      "models: {added: 'models/**'}\n",
      'group "models" must be a pattern or a list of patterns, got a mapping',
    ],
    [
      'an empty group',
      'models:\n',
      `group "models" has no patterns; expected a pattern or a list of patterns, e.g. "models: ['models/**']"`,
    ],
    [
      'an empty list',
      'models: [[], [[]]]\n',
      `group "models" has no patterns; expected a pattern or a list of patterns, e.g. "models: ['models/**']"`,
    ],
    [
      'an empty pattern',
      "models: ['models/**', '']\n",
      `group "models" has an empty pattern; write a glob such as 'models/**' or remove the entry`,
    ],
    [
      'an empty list entry',
      "models:\n  - 'models/**'\n  -\n",
      `group "models" has an empty pattern; write a glob such as 'models/**' or remove the entry`,
    ],
    [
      'a bare !',
      "models: ['models/**', '!']\n",
      `group "models" has an empty pattern ("!"); write a glob such as 'models/**' or remove the entry`,
    ],
    [
      'a bare ./',
      "models: ['./']\n",
      `group "models" has an empty pattern ("./"); write a glob such as 'models/**' or remove the entry`,
    ],
    [
      'a non-string entry',
      'models: [!!binary aGVsbG8=]\n',
      `group "models" has a list entry that is binary data; expected a pattern or a one-key mapping such as "added|modified: 'models/**'"`,
    ],
    [
      'an entry with two change types',
      'models:\n  - added: a\n    deleted: b\n',
      `group "models" has a mapping entry with 2 keys ("added", "deleted"); a change-type entry has exactly one key, such as "added|modified: 'models/**'"`,
    ],
    [
      'a mapping inside a change-type list',
      'models:\n  - added: [{modified: x}]\n',
      'group "models", change type "added", has a list entry that is a mapping; expected a pattern',
    ],
    [
      'a change type without patterns',
      'models:\n  - added:\n',
      `group "models", change type "added", has no patterns; write e.g. "added: 'models/**'"`,
    ],
    [
      'a mapping as change-type value',
      'models:\n  - added: {x: y}\n',
      'group "models", change type "added", must have a pattern or a list of patterns, got a mapping',
    ],
    [
      'an unknown change type',
      "models:\n  - renamed: 'models/**'\n",
      'group "models" has unknown change type "renamed" in "renamed"; accepted: added, modified, deleted, joined with "|" as in "added|modified"',
    ],
    [
      'an unknown change type among known ones',
      "models:\n  - added|renamed: ['models/**']\n",
      'group "models" has unknown change type "renamed" in "added|renamed"; accepted: added, modified, deleted, joined with "|" as in "added|modified"',
    ],
    [
      'an empty change type',
      "models:\n  - 'added|': 'models/**'\n",
      'group "models" has unknown change type "" in "added|"; accepted: added, modified, deleted, joined with "|" as in "added|modified"',
    ],
    [
      'a group name with a space',
      "my group: ['x']\n",
      'group name "my group" cannot be used in step output names; use letters, digits, "-" and "_", starting with a letter or "_"',
    ],
    [
      'a group name starting with a digit',
      "1models: ['x']\n",
      'group name "1models" cannot be used in step output names; use letters, digits, "-" and "_", starting with a letter or "_"',
    ],
    [
      'a group name with a dot',
      "models.v2: ['x']\n",
      'group name "models.v2" cannot be used in step output names; use letters, digits, "-" and "_", starting with a letter or "_"',
    ],
    ['a list as group name', "? [a, b]\n: ['x']\n", 'a group name must be a plain string, got a list'],
    [
      'a reserved output name',
      "changes: ['x']\n",
      'group name "changes" would set the step output "changes", which the action writes itself (its own outputs: changes, base-sha, head-sha, files); choose another name',
    ],
    [
      'a reserved output name in other case',
      "Files: ['x']\n",
      'group name "Files" would set the step output "Files", which the action writes itself (its own outputs: changes, base-sha, head-sha, files); choose another name',
    ],
    [
      'a group whose derived output is reserved',
      "base: ['x']\n",
      'group name "base" would set the step output "base_count", which the action writes itself (its own outputs: changes, base-sha, head-sha, base_count); choose another name',
      ['changes', 'base-sha', 'head-sha', 'base_count'],
    ],
    [
      'a group named like another group’s output',
      "models: ['a']\nmodels_count: ['b']\n",
      'groups "models" and "models_count" would both set the step output "models_count"; rename one of them',
    ],
    [
      'a group whose output is named like another group',
      "models_files: ['a']\nmodels: ['b']\n",
      'groups "models_files" and "models" would both set the step output "models_files"; rename one of them',
    ],
    [
      'group names differing only in case',
      "Models: ['a']\nmodels: ['b']\n",
      'groups "Models" and "models" would both set the step output "models" ("Models": names ignore case); rename one of them',
    ],
    [
      'only negated patterns',
      "models: ['!models/**', '!docs/**']\n",
      `group "models" has only negated patterns, so it can never match; add a positive pattern such as '**'`,
    ],
    [
      'only a negated change-type pattern',
      "models:\n  - deleted: '!models/**'\n",
      `group "models" has only negated patterns, so it can never match; add a positive pattern such as '**'`,
    ],
    [
      'an unbalanced brace',
      "python: ['**/*.{py']\n",
      'group "python" has an invalid pattern "**/*.{py": Unterminated group (escape a literal "{", "}", "(", ")", "[" or "]" with "\\")',
    ],
    [
      'a reversed range',
      "python: ['!src/[z-a]/**', 'src/**']\n",
      'group "python" has an invalid pattern "!src/[z-a]/**": Range out of order in character class (escape a literal "{", "}", "(", ")", "[" or "]" with "\\")',
    ],
    ['a list containing itself', "a: &x ['x', *x]\n", 'group "a" contains itself through an alias'],
    [
      'an alias bomb',
      [
        'a: &a [x,x,x,x,x,x,x,x,x]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      ].join('\n'),
      'cannot expand the YAML aliases: Excessive alias count indicates a resource exhaustion attack',
    ],
  ];

  it.each(cases)('rejects %s', (_, text, message, reserved?: string[]) => {
    expect(parseError(text, SOURCE, reserved)).toBe(`Invalid filters in input "filters": ${message}`);
  });
});
