import * as core from '@actions/core';

export type OutputValue = string | number | boolean | unknown[] | Record<string, unknown>;

/** Strings as they are; everything else JSON-encoded, so `fromJSON()` in a workflow reads it back. */
export function formatOutput(name: string, value: OutputValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON would turn NaN into "null"; a step output of null is a bug to report, not to publish.
    throw new TypeError(`Output "${name}" must be a finite number; got ${value}.`);
  }
  return JSON.stringify(value);
}

export function setOutput(name: string, value: OutputValue): void {
  core.setOutput(name, formatOutput(name, value));
}

/** Sets each output; undefined entries are skipped so optional outputs can be listed inline. */
export function setOutputs(record: Record<string, OutputValue | undefined>): void {
  for (const [name, value] of Object.entries(record)) {
    if (value !== undefined) setOutput(name, value);
  }
}
