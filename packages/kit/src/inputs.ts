import { coreGetInput } from './core-input.ts';
import { parseDuration } from './duration.ts';
import { InputError } from './input-error.ts';
import {
  type IntegerRange,
  parseBoolean,
  parseEnumeration,
  parseInteger,
  parseList,
  parseMap,
  parseObject,
} from './input-parsers.ts';
import { quote } from './quote.ts';

export interface IntegerOptions extends IntegerRange {
  default?: number;
}

/** Typed readers of action inputs. An empty input means "not given" and yields the default. */
export interface Inputs {
  string(name: string, opts?: { default?: string }): string;
  optionalString(name: string): string | undefined;
  requiredString(name: string): string;
  boolean(name: string, defaultValue: boolean): boolean;
  integer(name: string, opts: IntegerOptions & { default: number }): number;
  integer(name: string, opts?: IntegerOptions): number | undefined;
  enumeration<T extends string>(name: string, choices: readonly T[], defaultValue?: T): T;
  /** Milliseconds. */
  duration(name: string, defaultValue: number): number;
  duration(name: string, defaultValue?: number): number | undefined;
  list(name: string): string[];
  map(name: string): Record<string, string>;
  object(name: string): Record<string, unknown> | undefined;
}

/**
 * Makes input readers over `get`; tests pass a lookup in a plain object instead of setting
 * INPUT_* variables.
 */
export function createInputs(get: (name: string) => string = coreGetInput): Inputs {
  const read = (name: string): string => get(name).trim();

  function integer(name: string, opts: IntegerOptions & { default: number }): number;
  function integer(name: string, opts?: IntegerOptions): number | undefined;
  function integer(name: string, opts: IntegerOptions = {}): number | undefined {
    const raw = read(name);
    return raw === '' ? opts.default : parseInteger(name, raw, opts);
  }

  function duration(name: string, defaultValue: number): number;
  function duration(name: string, defaultValue?: number): number | undefined;
  function duration(name: string, defaultValue?: number): number | undefined {
    const raw = read(name);
    return raw === '' ? defaultValue : parseDuration(name, raw);
  }

  return {
    string: (name, opts = {}) => read(name) || (opts.default ?? ''),
    optionalString: (name) => read(name) || undefined,
    requiredString(name) {
      const raw = read(name);
      if (raw === '') throw new InputError(name, raw, `Input ${quote(name)} is required and was empty.`);
      return raw;
    },
    boolean(name, defaultValue) {
      const raw = read(name);
      return raw === '' ? defaultValue : parseBoolean(name, raw);
    },
    integer,
    enumeration(name, choices, defaultValue) {
      const raw = read(name);
      return raw === '' && defaultValue !== undefined ? defaultValue : parseEnumeration(name, raw, choices);
    },
    duration,
    list: (name) => parseList(read(name)),
    map: (name) => parseMap(name, read(name)),
    object(name) {
      const raw = read(name);
      return raw === '' ? undefined : parseObject(name, raw);
    },
  };
}
