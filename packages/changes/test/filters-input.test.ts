import { describe, expect, it } from 'vitest';
import { filtersFilePath } from '../src/filters-input.ts';

describe('the filters input: a file path or inline YAML', () => {
  it.each([
    ['.github/filters.yml', '.github/filters.yml'],
    ['  ci/filters.yaml  ', 'ci/filters.yaml'],
    ['C:/x.yml', 'C:/x.yml'],
  ])('reads %j as the path of a file', (value, path) => {
    expect(filtersFilePath(value)).toBe(path);
  });

  it.each([
    '{}',
    '[]',
    "['models/**']",
    '"filters.yml"',
    "'filters.yml'",
    'models: x',
    "models: ['models/**']",
    '# only a comment',
    'filters.yml # a note',
    '- models/**',
    'models:\n  - x',
    '&a x',
    '!tag x',
  ])('reads %j as inline YAML, never as a file name', (value) => {
    expect(filtersFilePath(value)).toBeUndefined();
  });
});
