import { describe, expect, it } from 'vitest';
import {
  createInputs,
  InputError,
  parseBoolean,
  parseDuration,
  parseEnumeration,
  parseInteger,
  parseList,
  parseMap,
  parseObject,
} from '../src/index.ts';

const inputsOf = (values: Record<string, string>) => createInputs((name) => values[name] ?? '');

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('string readers', () => {
  const inputs = inputsOf({ name: '  model  ', empty: '   ' });

  it('trims, and falls back to the default or an empty string', () => {
    expect(inputs.string('name')).toBe('model');
    expect(inputs.string('empty')).toBe('');
    expect(inputs.string('missing', { default: 'x' })).toBe('x');
    expect(inputs.string('name', { default: 'x' })).toBe('model');
  });

  it('optionalString is undefined when empty', () => {
    expect(inputs.optionalString('name')).toBe('model');
    expect(inputs.optionalString('empty')).toBeUndefined();
  });

  it('requiredString names the empty input', () => {
    expect(inputs.requiredString('name')).toBe('model');
    const error = thrown(() => inputs.requiredString('project'));
    expect(error.message).toBe('Input "project" is required and was empty.');
    expect(error.input).toBe('project');
    expect(error.value).toBe('');
  });
});

describe('boolean', () => {
  it('accepts the YAML 1.2 core spellings and defaults when empty', () => {
    const inputs = inputsOf({ a: 'true', b: 'True', c: 'TRUE', d: 'false', e: 'False', f: 'FALSE' });
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => inputs.boolean(n, false))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(inputs.boolean('missing', true)).toBe(true);
  });

  it.each(['yes', 'tRUE', '1', 'on'])('rejects %j', (value) => {
    const error = thrown(() => inputsOf({ 'dry-run': value }).boolean('dry-run', false));
    expect(error.message).toBe(`Input "dry-run" must be true or false; got ${JSON.stringify(value)}.`);
    expect(error.input).toBe('dry-run');
    expect(error.value).toBe(value);
  });

  it('parseBoolean validates values from elsewhere', () => {
    expect(parseBoolean('flag', ' true ')).toBe(true);
    expect(() => parseBoolean('flag', '')).toThrow('Input "flag" must be true or false; got "".');
  });
});

describe('integer', () => {
  it('reads decimal integers and defaults', () => {
    const inputs = inputsOf({ n: '42', neg: '-3', zeros: '007' });
    expect(inputs.integer('n')).toBe(42);
    expect(inputs.integer('neg')).toBe(-3);
    expect(inputs.integer('zeros')).toBe(7);
    expect(inputs.integer('missing')).toBeUndefined();
    expect(inputs.integer('missing', { default: 5, min: 1 })).toBe(5);
  });

  it.each(['1e3', '12abc', '1.5', '1.0', '0x10', '', ' ', 'Infinity', '+-1', '9007199254740993'])(
    'rejects %j',
    (value) => {
      expect(() => parseInteger('retries', value)).toThrow(
        new InputError('retries', value, `Input "retries" must be an integer; got ${JSON.stringify(value)}.`),
      );
    },
  );

  it('says the range', () => {
    expect(thrown(() => inputsOf({ r: '11' }).integer('r', { min: 0, max: 10 })).message).toBe(
      'Input "r" must be an integer from 0 to 10; got "11".',
    );
    expect(thrown(() => inputsOf({ r: '0' }).integer('r', { min: 1 })).message).toBe(
      'Input "r" must be an integer of at least 1; got "0".',
    );
    expect(thrown(() => inputsOf({ r: '101' }).integer('r', { max: 100 })).message).toBe(
      'Input "r" must be an integer of at most 100; got "101".',
    );
    expect(thrown(() => inputsOf({ r: 'many' }).integer('r', { min: 1, max: 3 })).message).toBe(
      'Input "r" must be an integer from 1 to 3; got "many".',
    );
    expect(inputsOf({ r: '10' }).integer('r', { min: 0, max: 10 })).toBe(10);
  });
});

describe('enumeration', () => {
  const choices = ['none', 'json', 'csv', 'shell'] as const;

  it('returns the choice, or the default when empty', () => {
    const value: 'none' | 'json' | 'csv' | 'shell' = inputsOf({ 'list-files': 'csv' }).enumeration(
      'list-files',
      choices,
    );
    expect(value).toBe('csv');
    expect(inputsOf({}).enumeration('list-files', choices, 'none')).toBe('none');
  });

  it('lists the choices', () => {
    const error = thrown(() => inputsOf({ 'list-files': 'xml' }).enumeration('list-files', choices, 'none'));
    expect(error.message).toBe('Input "list-files" must be one of none, json, csv, shell; got "xml".');
    expect(() => parseEnumeration('mode', 'JSON', choices)).toThrow(
      'Input "mode" must be one of none, json, csv, shell; got "JSON".',
    );
  });

  it('without a default, empty is an error', () => {
    expect(thrown(() => inputsOf({}).enumeration('mode', choices)).message).toBe(
      'Input "mode" must be one of none, json, csv, shell; got "".',
    );
  });
});

describe('duration', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['1d2h3m4s5ms', 93_784_005],
    ['2m500ms', 120_500],
    ['90', 90_000],
    ['0', 0],
    ['0s', 0],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration('timeout', text)).toBe(ms);
  });

  it.each([
    'soon',
    '-5s',
    '-5',
    '1.5h',
    '30m1h',
    '1h 30m',
    '5M',
    'h',
    's',
    '1x',
    '10ms5s',
    '99999999999999999d',
  ])('rejects %j', (text) => {
    expect(() => parseDuration('timeout', text)).toThrow(
      `Input "timeout" must be a duration such as 90s, 15m, 2h or 1h30m; got ${JSON.stringify(text)}.`,
    );
  });

  it('reads inputs with a default', () => {
    const inputs = inputsOf({ timeout: '15m', bad: 'soon' });
    expect(inputs.duration('timeout')).toBe(900_000);
    expect(inputs.duration('missing')).toBeUndefined();
    expect(inputs.duration('missing', 1000)).toBe(1000);
    expect(thrown(() => inputs.duration('bad', 1000)).message).toBe(
      'Input "bad" must be a duration such as 90s, 15m, 2h or 1h30m; got "soon".',
    );
  });
});

describe('list', () => {
  it('splits on newlines only, trims, drops blanks and comments', () => {
    const raw = '  a,b.txt \r\n\n# comment\n  # indented comment\nc d/e\n';
    expect(inputsOf({ files: raw }).list('files')).toEqual(['a,b.txt', 'c d/e']);
    expect(inputsOf({}).list('files')).toEqual([]);
    expect(parseList('x#y')).toEqual(['x#y']);
  });
});

describe('map', () => {
  it('splits each line at the first =', () => {
    const raw = 'team = ml\n\n# note\nquery=a=b\nempty=\n__proto__=x';
    const map = inputsOf({ labels: raw }).map('labels');
    expect(map).toEqual({ team: 'ml', query: 'a=b', empty: '', ['__proto__']: 'x' });
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(inputsOf({}).map('labels')).toEqual({});
  });

  it('names the line of a missing key', () => {
    expect(thrown(() => parseMap('labels', 'a=1\n\nteam')).message).toBe(
      'Input "labels" line 3 must be key=value with a non-empty key; got "team".',
    );
    expect(thrown(() => parseMap('labels', ' = x')).message).toBe(
      'Input "labels" line 1 must be key=value with a non-empty key; got "= x".',
    );
  });

  it('names the lines of a repeated key', () => {
    const error = thrown(() => parseMap('labels', 'team=a\nx=1\nteam = b'));
    expect(error.message).toBe(
      'Input "labels" line 3 repeats the key "team" of line 1; each key may appear once.',
    );
    expect(error.value).toBe('team=a\nx=1\nteam = b');
  });
});

describe('object', () => {
  it('reads YAML and JSON mappings', () => {
    const inputs = inputsOf({
      yaml: 'epochs: 10\nname: model\nflag: yes\nnested:\n  a: [1, 2]',
      json: '{"epochs": 10, "tags": ["a"]}',
      comment: '# nothing',
    });
    expect(inputs.object('yaml')).toEqual({ epochs: 10, name: 'model', flag: 'yes', nested: { a: [1, 2] } });
    expect(inputs.object('json')).toEqual({ epochs: 10, tags: ['a'] });
    expect(inputs.object('missing')).toBeUndefined();
    expect(inputs.object('comment')).toBeUndefined();
  });

  it('reports syntax errors with line and column, never the line (it may hold a secret)', () => {
    expect(thrown(() => parseObject('parameters', '{"a": 1} trailing')).message).toBe(
      'Input "parameters" must be a JSON or YAML mapping; Unexpected scalar at node end at line 1, column 10 (the line is not shown, as it may hold a secret).',
    );
    expect(thrown(() => parseObject('parameters', 'a: 1\nb: 2\na: 3')).message).toBe(
      'Input "parameters" must be a JSON or YAML mapping; Map keys must be unique at line 3, column 1 (the line is not shown, as it may hold a secret).',
    );
    expect(thrown(() => parseObject('parameters', 'token: "s3cr3t-Value')).message).not.toMatch(/s3cr3t/i);
  });

  it('rejects lists and scalars', () => {
    expect(thrown(() => parseObject('parameters', '- a\n- b')).message).toBe(
      'Input "parameters" must be a JSON or YAML mapping; got a list.',
    );
    expect(thrown(() => parseObject('parameters', 'epochs')).message).toBe(
      'Input "parameters" must be a JSON or YAML mapping; got a string.',
    );
    expect(thrown(() => parseObject('parameters', '42')).message).toBe(
      'Input "parameters" must be a JSON or YAML mapping; got a number.',
    );
  });

  it('reports unresolved aliases', () => {
    expect(thrown(() => parseObject('parameters', 'a: *x')).message).toMatch(
      /^Input "parameters" must be a JSON or YAML mapping; .*alias.*\.$/,
    );
  });
});

describe('values in messages', () => {
  it('are JSON-quoted so newlines and quotes cannot break the line', () => {
    const error = thrown(() => parseBoolean('flag', 'x"\n::warning::pwned'));
    expect(error.message).toBe('Input "flag" must be true or false; got "x\\"\\n::warning::pwned".');
  });

  it('are shortened when huge', () => {
    const error = thrown(() => parseBoolean('flag', 'y'.repeat(1000)));
    expect(error.message).toBe(`Input "flag" must be true or false; got "${'y'.repeat(200)}…".`);
    expect(error.value).toHaveLength(1000);
  });
});
