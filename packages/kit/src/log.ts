import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';

// Actions log through these so that only kit imports @actions/core.

export type AnnotationProperties = core.AnnotationProperties;

/** Writes a line to the log. For text from outside (file names, tool output) use infoUntrusted. */
export function info(message: string): void {
  core.info(message);
}

/** Shown only when step debug logging is on. */
export function debug(message: string): void {
  core.debug(message);
}

export function isDebug(): boolean {
  return core.isDebug();
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  core.notice(message, properties);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  core.warning(message, properties);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  core.error(message, properties);
}

/** Runs `fn` inside a collapsible log group, closing it even when `fn` throws. */
export function group<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  return core.group(name, async () => fn());
}

/**
 * Prints text that may contain attacker-controlled lines so that the runner takes none of them
 * as a workflow command: between `::stop-commands::<token>` and `::<token>::`, with a random
 * token the text cannot know in advance.
 */
export function infoUntrusted(text: string): void {
  // The runner takes a line as a command when, after leading blanks, it starts with `::`, or when
  // it holds `##[` anywhere (the legacy syntax). Text with neither is printed as it is.
  if (!/^\s*::|##\[/m.test(text)) {
    core.info(text);
    return;
  }
  const token = randomBytes(16).toString('hex');
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}
