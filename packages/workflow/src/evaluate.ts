// `${{ }}` and `if:` evaluated by GitHub's own expression engine (@actions/expressions) over
// plain-JSON contexts. The parser has already turned `a ${{ b }}` into `format('a {0}', b)`.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import {
  isBasicExpression,
  isMapping,
  isSequence,
} from '@actions/workflow-parser/templates/tokens/type-guards';
import { entries, items, literalText, position, type TemplateToken } from './tokens.ts';

/** How the job or step stands, for success() / failure() / cancelled() (always() is always true). */
export interface StatusView {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  /** Context name → plain JSON (github, inputs, needs, steps, env, …). */
  contexts: Record<string, unknown>;
  /** Status functions; without them they are an error, as in places GitHub does not allow them. */
  status?: StatusView;
}

// Every context a workflow may name; those a scope does not give are empty, so that a lookup
// gives null (as on GitHub) instead of an unrecognised-name error.
const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
];

export class ExpressionFailure extends Error {}

/** Evaluates one expression (without `${{ }}`) to GitHub's expression data. */
export function evaluateExpression(expression: string, scope: Scope): data.ExpressionData {
  const functions = statusFunctions(scope.status);
  try {
    const { tokens } = new Lexer(expression).lex();
    const parsed = new Parser(tokens, CONTEXT_NAMES, [...functions.values()]).parse();
    return new Evaluator(parsed, contextData(scope.contexts), functions).evaluate();
  } catch (error) {
    throw new ExpressionFailure(`${(error as Error).message} in the expression \`${expression}\``);
  }
}

/** An `if:` condition (the parser has already added `success() &&` where no status function appears). */
export function evaluateCondition(expression: string, scope: Scope): boolean {
  return truthy(evaluateExpression(expression, scope));
}

/** A scalar token as the runner turns it into a string (inputs, env values, run scripts). */
export function evaluateText(token: TemplateToken | undefined, scope: Scope): string {
  if (token === undefined) return '';
  if (isBasicExpression(token)) return evaluateExpression(token.expression, scope).coerceString();
  const literal = literalText(token);
  if (literal === undefined) throw new ExpressionFailure(`expected a string at ${position(token)}`);
  return literal;
}

/** A mapping token of strings (`env:`, `with:`, `outputs:`), each value evaluated. */
export function evaluateMapping(token: TemplateToken | undefined, scope: Scope): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of entries(token)) result[key] = evaluateText(value, scope);
  return result;
}

/** Any token to plain JSON, expressions evaluated (permissions, concurrency, …). */
export function evaluateValue(token: TemplateToken | undefined, scope: Scope): unknown {
  if (token === undefined) return undefined;
  if (isBasicExpression(token)) return toJson(evaluateExpression(token.expression, scope));
  if (isMapping(token)) {
    return Object.fromEntries(entries(token).map(([key, value]) => [key, evaluateValue(value, scope)]));
  }
  if (isSequence(token)) return items(token).map((item) => evaluateValue(item, scope));
  return token.toJSON();
}

function toJson(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer));
}

function contextData(contexts: Record<string, unknown>): data.Dictionary {
  const all: Record<string, unknown> = {};
  for (const name of CONTEXT_NAMES) all[name] = contexts[name] ?? {};
  return JSON.parse(JSON.stringify(all), data.reviver) as data.Dictionary;
}

function statusFunctions(status: StatusView | undefined): Map<string, FunctionDefinition> {
  const define = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name.toLowerCase(),
    {
      name,
      minArgs: 0,
      maxArgs: 0,
      call: () => {
        if (status === undefined) throw new ExpressionFailure(`${name}() is not allowed here`);
        return new data.BooleanData(value());
      },
    },
  ];
  return new Map([
    define('success', () => status?.success() ?? false),
    define('failure', () => status?.failure() ?? false),
    define('cancelled', () => status?.cancelled() ?? false),
    define('always', () => true),
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new ExpressionFailure('hashFiles() is not supported by this local interpreter');
        },
      },
    ],
  ]);
}
