import { DockerfileError } from './dockerfile-error.ts';
import type { Instruction } from './parse-dockerfile.ts';
import { expandWord, splitWords, type Variables } from './shell-words.ts';

/** `ARG a`, `ARG a=1 b=2`: a given build arg wins over the default; returns the declared names. */
export function declareArgs(
  instruction: Instruction,
  into: Map<string, string>,
  buildArgs: Record<string, string>,
  global: Map<string, string>,
  escapeChar: string,
  variables: Variables = into,
): string[] {
  const names: string[] = [];
  for (const word of splitWords(instruction.rest, escapeChar)) {
    const eq = word.indexOf('=');
    const name = eq === -1 ? word : word.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new DockerfileError(`ARG name ${JSON.stringify(name)} is not valid`, instruction.line);
    }
    names.push(name);
    const given = Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
    const fallback =
      eq === -1 ? global.get(name) : expand(word.slice(eq + 1), variables, instruction, escapeChar);
    const value = given ?? fallback;
    if (value !== undefined) into.set(name, value);
  }
  return names;
}
/** `KEY=value KEY2="v 2"`, or the legacy `KEY value with spaces`. */
export function keyValues(
  instruction: Instruction,
  variables: Variables,
  escapeChar: string,
): [string, string][] {
  const words = splitWords(instruction.rest, escapeChar);
  const first = words[0] ?? '';
  if (words.length === 0)
    throw new DockerfileError(`${instruction.keyword} needs a name and a value`, instruction.line);
  if (unquotedEquals(first, escapeChar) === -1) {
    const value = instruction.rest.slice(instruction.rest.indexOf(first) + first.length).trim();
    if (instruction.keyword === 'LABEL' || value === '') {
      throw new DockerfileError(
        `${instruction.keyword} needs name=value; got ${JSON.stringify(instruction.rest)}`,
        instruction.line,
      );
    }
    return [
      [expand(first, variables, instruction, escapeChar), expand(value, variables, instruction, escapeChar)],
    ];
  }
  return words.map((word) => {
    const eq = unquotedEquals(word, escapeChar);
    if (eq <= 0) {
      throw new DockerfileError(
        `${instruction.keyword} needs name=value pairs; got ${JSON.stringify(word)}`,
        instruction.line,
      );
    }
    return [
      expand(word.slice(0, eq), variables, instruction, escapeChar),
      expand(word.slice(eq + 1), variables, instruction, escapeChar),
    ];
  });
}

/** Where the first `=` outside quotes is (a quoted key may hold one), or -1. */
function unquotedEquals(word: string, escapeChar: string): number {
  let quote: string | undefined;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === escapeChar && quote !== "'") i++;
    else if (quote === undefined && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = undefined;
    else if (ch === '=' && quote === undefined) return i;
  }
  return -1;
}
/** The exec form as it is; the shell form through /bin/sh -c, Docker's default SHELL. */
export function commandOf(instruction: Instruction): string[] {
  return instruction.json ?? ['/bin/sh', '-c', instruction.rest];
}
export function expand(
  word: string,
  variables: Variables,
  instruction: Instruction,
  escapeChar: string,
): string {
  try {
    return expandWord(word, variables, escapeChar);
  } catch (error) {
    throw new DockerfileError(`${instruction.keyword}: ${(error as Error).message}`, instruction.line);
  }
}

/** Exec-form elements are already unquoted by JSON; only variables expand. */
export function expandUnquoted(word: string, variables: Variables, instruction: Instruction): string {
  return expand(word.replace(/[\\'"]/g, '\\$&'), variables, instruction, '\\');
}
