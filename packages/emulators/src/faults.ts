/**
 * Fault injection shared by every stand-in. A rule matches requests by method and route and, for
 * the next `times` matches (or a `fraction` of them), answers with an error status, drops the
 * connection, or delays. Tests add rules in-process; people add them through each stand-in's
 * control API (POST /_emulator/faults).
 */

export type FaultAction =
  /** An HTTP status (429, 500, 503…), optionally with Retry-After and a body. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number; body?: unknown }
  /** A gRPC status code (14 = UNAVAILABLE, 8 = RESOURCE_EXHAUSTED, 4 = DEADLINE_EXCEEDED…). */
  | { kind: 'grpc'; code: number; message?: string }
  /** Close the connection without an answer; with afterBytes, once that much of the body arrived. */
  | { kind: 'drop'; afterBytes?: number }
  /** Answer normally, but only after `ms`. */
  | { kind: 'delay'; ms: number };

export interface FaultRule {
  /** HTTP method or gRPC method name (`CreatePipelineJob`); omitted or `*` matches any. */
  method?: string;
  /**
   * Where: for HTTP a path prefix (`/upload/storage/v1/b/`) or a regular expression source
   * written as `/…/`; for gRPC the full method path (`/google.cloud.aiplatform.v1.PipelineService/`).
   */
  route?: string;
  action: FaultAction;
  /** How many matching requests get the fault (default 1). Ignored when `fraction` is set. */
  times?: number;
  /** The share of matching requests (0–1) that get the fault, drawn from a seeded generator. */
  fraction?: number;
}

export interface InjectedFault {
  rule: number;
  method: string;
  route: string;
  action: FaultAction['kind'];
}

interface ActiveRule extends FaultRule {
  id: number;
  remaining: number;
  matcher: (path: string) => boolean;
}

export class FaultError extends Error {}

export interface FaultInjectorOptions {
  /** Seed of the generator behind `fraction`. */
  seed?: number;
  /** The action kinds this stand-in can honour; others are refused when the rule is added. */
  kinds?: readonly FaultAction['kind'][];
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private nextId = 1;
  private random: () => number;
  private readonly kinds: readonly FaultAction['kind'][];
  /** Every fault injected so far, oldest first, for tests to assert that a retry really happened. */
  readonly injected: InjectedFault[] = [];

  /** A bare number is the seed. */
  constructor(options: FaultInjectorOptions | number = {}) {
    if (typeof options === 'number') options = { seed: options };
    this.random = mulberry32(options.seed ?? 1);
    this.kinds = options.kinds ?? ['status', 'grpc', 'drop', 'delay'];
  }

  /** Adds a rule; returns its id. Throws FaultError on a malformed rule (the control API's 400). */
  add(rule: FaultRule): number {
    validateRule(rule, this.kinds);
    const id = this.nextId++;
    this.rules.push({ ...rule, id, remaining: rule.times ?? 1, matcher: routeMatcher(rule.route) });
    return id;
  }

  /** Removes every rule and forgets what was injected. */
  clear(): void {
    this.rules = [];
    this.injected.length = 0;
  }

  /** Seeds the generator behind `fraction`, so a test's faults repeat exactly. */
  reseed(seed: number): void {
    this.random = mulberry32(seed);
  }

  get pending(): readonly FaultRule[] {
    return this.rules;
  }

  /** The fault for this request, if any rule claims it; consumes one of the rule's uses. */
  take(method: string, path: string): FaultAction | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method !== '*' && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!rule.matcher(path)) continue;
      if (rule.fraction !== undefined) {
        if (this.random() >= rule.fraction) continue;
      } else {
        rule.remaining -= 1;
        if (rule.remaining <= 0) this.rules = this.rules.filter((other) => other !== rule);
      }
      this.injected.push({ rule: rule.id, method, route: path, action: rule.action.kind });
      return rule.action;
    }
    return undefined;
  }
}

function routeMatcher(route: string | undefined): (path: string) => boolean {
  if (!route) return () => true;
  // `/…/` with regex syntax inside is a regular expression; anything else a path prefix.
  if (route.length > 2 && route.startsWith('/') && route.endsWith('/') && /[\\^$*+?()[\]{}|]/.test(route)) {
    let regex: RegExp;
    try {
      regex = new RegExp(route.slice(1, -1));
    } catch (error) {
      throw new FaultError(`"route" is not a valid regular expression: ${(error as Error).message}`);
    }
    return (path) => regex.test(path);
  }
  return (path) => path.startsWith(route);
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

function validateRule(rule: FaultRule, kinds: readonly FaultAction['kind'][]): void {
  if (rule === null || typeof rule !== 'object') throw new FaultError('a fault rule must be a JSON object');
  for (const key of ['method', 'route'] as const) {
    if (rule[key] !== undefined && typeof rule[key] !== 'string') {
      throw new FaultError(`"${key}" must be a string; got ${JSON.stringify(rule[key])}`);
    }
  }
  const action = rule.action as Partial<Record<string, unknown>> | undefined;
  if (!action || typeof action !== 'object') throw new FaultError('a fault rule needs an "action" object');
  if (!kinds.includes(action.kind as FaultAction['kind'])) {
    throw new FaultError(
      `"action.kind" must be one of ${kinds.join(', ')}; got ${JSON.stringify(action.kind)}`,
    );
  }
  switch (action.kind) {
    case 'status':
      if (
        !Number.isInteger(action.status) ||
        (action.status as number) < 400 ||
        (action.status as number) > 599
      ) {
        throw new FaultError(
          `"status" must be an HTTP error status from 400 to 599; got ${JSON.stringify(action.status)}`,
        );
      }
      if (action.retryAfterSeconds !== undefined && !isCount(action.retryAfterSeconds)) {
        throw new FaultError(
          `"retryAfterSeconds" must be a whole number ≥ 0; got ${JSON.stringify(action.retryAfterSeconds)}`,
        );
      }
      break;
    case 'grpc':
      if (!Number.isInteger(action.code) || (action.code as number) < 1 || (action.code as number) > 16) {
        throw new FaultError(
          `"code" must be a gRPC status code from 1 to 16; got ${JSON.stringify(action.code)}`,
        );
      }
      break;
    case 'drop':
      if (action.afterBytes !== undefined && !isCount(action.afterBytes)) {
        throw new FaultError(
          `"afterBytes" must be a whole number ≥ 0; got ${JSON.stringify(action.afterBytes)}`,
        );
      }
      break;
    case 'delay':
      if (typeof action.ms !== 'number' || !Number.isFinite(action.ms) || action.ms < 0) {
        throw new FaultError(`"ms" must be a number of milliseconds ≥ 0; got ${JSON.stringify(action.ms)}`);
      }
      break;
  }
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
    throw new FaultError(`"times" must be a positive integer; got ${JSON.stringify(rule.times)}`);
  }
  if (rule.fraction !== undefined && !(rule.fraction >= 0 && rule.fraction <= 1)) {
    throw new FaultError(`"fraction" must be between 0 and 1; got ${JSON.stringify(rule.fraction)}`);
  }
}

/** A small seeded generator: faults drawn by `fraction` repeat run after run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
