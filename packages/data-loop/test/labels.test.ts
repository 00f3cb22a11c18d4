import { readFileSync } from 'node:fs';
import { InputError } from '@mlops-actions/kit';
import { seedFixture } from '@mlops-actions/testing';
import { describe, expect, it } from 'vitest';
import { LabelError, labelOf, parseClassNames, parseLabelFrom } from '../src/index.ts';

const readUtf8 = (path: string) => readFileSync(path, 'utf8');

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseLabelFrom', () => {
  it('reads class folders and the original project {class}_{n}.jpg names', () => {
    const folders = parseLabelFrom('label-from', '(?<label>[^/]+)/[^/]+$');
    expect(labelOf(folders, 'collected/cat/0001.jpg')).toBe('cat');
    const original = parseLabelFrom('label-from', '(?<label>[a-z]+)_\\d+\\.jpg$');
    expect(labelOf(original, 'collected/2024-05-01/dog_17.jpg')).toBe('dog');
    expect(labelOf(original, 'collected/2024-05-01/notes.txt')).toBeUndefined();
  });

  it('reads feature:<name>, including TFX-style names with slashes', () => {
    expect(parseLabelFrom('label-from', 'feature:label')).toEqual({ kind: 'feature', name: 'label' });
    expect(parseLabelFrom('label-from', 'feature:image/class/label')).toEqual({
      kind: 'feature',
      name: 'image/class/label',
    });
  });

  it.each([
    ['[^/]+/[^/]+$', 'has no named group "label"'],
    ['(?<class>[^/]+)/', 'has the named groups "class" but none called "label"'],
    ['(?<label>[a-z+', 'is not a valid regular expression'],
    ['feature:', 'names no feature after "feature:"'],
    ['feature:/label', 'names the feature "/label"'],
    ['feature:la bel', 'names the feature "la bel"'],
    ['   ', 'is empty'],
  ])('refuses %j, naming the input, the value and both forms', (value, why) => {
    const error = inputError(() => parseLabelFrom('label-from', value));
    expect(error.input).toBe('label-from');
    expect(error.value).toBe(value);
    expect(error.message).toContain(
      'Input "label-from" must be either a regular expression with a named group "label"',
    );
    expect(error.message).toContain('or "feature:<name>" for a TFRecord feature');
    expect(error.message).toContain(`got ${JSON.stringify(value)}, which ${why}`);
  });
});

describe('parseClassNames', () => {
  it('reads the CIFAR-10 labels.txt (10 names, no trailing newline)', () => {
    const path = seedFixture('labels.txt');
    expect(readUtf8(path).endsWith('\n')).toBe(false);
    const names = parseClassNames('class-names', path, readUtf8);
    expect(names).toEqual([
      'airplane',
      'automobile',
      'bird',
      'cat',
      'deer',
      'dog',
      'frog',
      'horse',
      'ship',
      'truck',
    ]);
  });

  it('reads an inline list separated by commas or newlines (a YAML block ends in one)', () => {
    const unread = () => {
      throw new Error('an inline list is not a file');
    };
    expect(parseClassNames('class-names', 'cat, dog,bird', unread)).toEqual(['cat', 'dog', 'bird']);
    expect(parseClassNames('class-names', 'cat\ndog\r\nbird\n', unread)).toEqual(['cat', 'dog', 'bird']);
  });

  it.each([
    ['cat,,dog', 'has an empty name at position 2 in the list'],
    ['cat,dog,cat', 'names "cat" twice (positions 1 and 3) in the list'],
    ['no-such-file.txt', 'is a single name (not a list) and no file of that name exists'],
    ['', 'is empty'],
  ])('refuses %j', (value, why) => {
    const error = inputError(() => parseClassNames('class-names', value, readUtf8));
    expect(error.input).toBe('class-names');
    expect(error.message).toContain(
      'Input "class-names" must be a file with one class name per line (such as labels.txt) or a list of names separated by commas or newlines',
    );
    expect(error.message).toContain(why);
  });

  it('refuses a file with a repeated name, naming the file', () => {
    const files: Record<string, string> = { 'labels.txt': 'cat\ndog\ncat' };
    const error = inputError(() => parseClassNames('class-names', 'labels.txt', (path) => files[path] ?? ''));
    expect(error.message).toContain('names "cat" twice (positions 1 and 3) in the file "labels.txt"');
  });
});

describe('labelOf', () => {
  const classNames = parseClassNames('class-names', seedFixture('labels.txt'), readUtf8);
  const feature = parseLabelFrom('label-from', 'feature:label');

  it('names an int64 label with class-names, and reads a bytes label as text', () => {
    expect(labelOf(feature, { kind: 'int64', values: [3n] }, classNames)).toBe('cat');
    expect(labelOf(feature, { kind: 'int64', values: [3n] })).toBe('3');
    expect(labelOf(feature, { kind: 'bytes', values: [new TextEncoder().encode('truck')] }, classNames)).toBe(
      'truck',
    );
    expect(labelOf(feature, undefined, classNames)).toBeUndefined();
    expect(labelOf(feature, { kind: 'int64', values: [] })).toBeUndefined();
  });

  it('names integer path labels too', () => {
    const rule = parseLabelFrom('label-from', 'class-(?<label>\\d+)/');
    expect(labelOf(rule, 'data/class-9/x.png', classNames)).toBe('truck');
  });

  it('refuses labels that cannot be one: out of range, floats, several values', () => {
    expect(() => labelOf(feature, { kind: 'int64', values: [10n] }, classNames)).toThrow(
      new LabelError('Label 10 is outside class-names, which names 10 classes (0 to 9).'),
    );
    expect(() => labelOf(feature, { kind: 'float', values: [1] })).toThrow(LabelError);
    expect(() => labelOf(feature, { kind: 'int64', values: [1n, 2n] })).toThrow(
      'Feature "label" holds 2 values; a label is exactly one value.',
    );
  });
});
