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

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private nextId = 1;
  private random: () => number;
  /** Every fault injected so far, oldest first, for tests to assert that a retry really happened. */
  readonly injected: InjectedFault[] = [];

  constructor(seed = 1) {
    this.random = mulberry32(seed);
  }

  /** Adds a rule; returns its id. Throws FaultError on a malformed rule (the control API's 400). */
  add(rule: FaultRule): number {
    validateRule(rule);
    const id = this.nextId++;
    this.rules.push({ ...rule, id, remaining: rule.times ?? 1, matcher: routeMatcher(rule.route) });
    return id;
  }

  clear(): void {
    this.rules = [];
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
    const regex = new RegExp(route.slice(1, -1));
    return (path) => regex.test(path);
  }
  return (path) => path.startsWith(route);
}

function validateRule(rule: FaultRule): void {
  const action = rule.action as Partial<FaultAction> | undefined;
  if (!action || typeof action !== 'object') throw new FaultError('a fault rule needs an "action" object');
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
      break;
    case 'grpc':
      if (!Number.isInteger(action.code) || (action.code as number) < 1 || (action.code as number) > 16) {
        throw new FaultError(
          `"code" must be a gRPC status code from 1 to 16; got ${JSON.stringify(action.code)}`,
        );
      }
      break;
    case 'drop':
    case 'delay':
      break;
    default:
      throw new FaultError(
        `"action.kind" must be one of status, grpc, drop, delay; got ${JSON.stringify(action.kind)}`,
      );
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
