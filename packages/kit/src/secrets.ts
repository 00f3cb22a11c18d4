import * as core from '@actions/core';

/**
 * Lines of a multi-line secret worth masking on their own. The runner masks log lines one by
 * one, so a multi-line secret only matches line by line. Lines without a letter or digit
 * (`{`, `}`, `-----`) are skipped: masking them would blank out every brace in the log.
 */
export function secretLines(value: string): string[] {
  if (!/[\r\n]/.test(value)) return [];
  return value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** Registers a value to be masked (***) in all later log output. Empty values are ignored. */
export function maskSecret(value: string): void {
  if (value === '') return;
  core.setSecret(value);
  for (const line of new Set(secretLines(value))) core.setSecret(line);
}

/**
 * Masks a form of a value the action made itself (lower-cased, shortened, sanitised) before it is
 * shown or sent anywhere that may echo it. The runner masks only the exact strings registered, and
 * an action cannot ask which of its inputs were secrets: a changed form of an input that could be
 * one is masked on its own. Unchanged values need nothing (the runner already masks a secret).
 */
export function maskDerived(original: string, derived: string): void {
  if (derived !== original) maskSecret(derived);
}
