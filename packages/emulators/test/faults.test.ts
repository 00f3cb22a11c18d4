import { describe, expect, it } from 'vitest';
import { type FaultAction, FaultError, FaultInjector, type FaultRule } from '../src/faults.ts';

const unavailable: FaultAction = { kind: 'status', status: 503 };

/** Which of `count` identical requests a fresh injector faults, by index. */
function faulted(injector: FaultInjector, count: number, method = 'GET', path = '/x'): number[] {
  return Array.from({ length: count }, (_, i) => i).filter(() => injector.take(method, path) !== undefined);
}

describe('matching', () => {
  it('faults nothing without rules', () => {
    expect(new FaultInjector().take('GET', '/anything')).toBeUndefined();
  });

  it('matches the method case-insensitively; `*` or no method matches any', () => {
    const injector = new FaultInjector();
    injector.add({ method: 'post', action: unavailable });
    expect(injector.take('GET', '/x')).toBeUndefined();
    expect(injector.take('POST', '/x')).toEqual(unavailable);

    injector.add({ method: '*', action: unavailable });
    expect(injector.take('DELETE', '/x')).toEqual(unavailable);
    injector.add({ action: unavailable });
    expect(injector.take('PATCH', '/x')).toEqual(unavailable);
  });

  it('treats a plain route as a path prefix', () => {
    const injector = new FaultInjector();
    injector.add({ route: '/upload/storage/v1/b/', times: 5, action: unavailable });
    expect(injector.take('POST', '/storage/v1/b/bucket/o')).toBeUndefined();
    expect(injector.take('POST', '/upload/storage/v1/b/bucket/o')).toEqual(unavailable);
    // A route written like /…/ but with no regex syntax inside is still a prefix.
    injector.clear();
    injector.add({ route: '/upload/', action: unavailable });
    expect(injector.take('POST', '/x/upload/')).toBeUndefined();
    expect(injector.take('POST', '/upload/storage')).toEqual(unavailable);
  });

  it('treats /…/ with regex syntax inside as a regular expression', () => {
    const injector = new FaultInjector();
    injector.add({ route: '/^\\/b\\/[^/]+\\/o$/', times: 2, action: unavailable });
    expect(injector.take('GET', '/b/bucket/o/name')).toBeUndefined();
    expect(injector.take('GET', '/b/bucket/o')).toEqual(unavailable);
    expect(injector.take('GET', '/storage/v1/b/bucket/o')).toBeUndefined(); // anchored
  });

  it('gives a request the first matching rule and leaves the others untouched', () => {
    const injector = new FaultInjector();
    const slow: FaultAction = { kind: 'delay', ms: 10 };
    injector.add({ route: '/a', action: unavailable });
    injector.add({ route: '/', action: slow });
    expect(injector.take('GET', '/b')).toEqual(slow);
    expect(injector.take('GET', '/a')).toEqual(unavailable);
    expect(injector.pending).toHaveLength(0);
  });
});

describe('how many requests a rule claims', () => {
  it('claims one request by default, then retires', () => {
    const injector = new FaultInjector();
    injector.add({ action: unavailable });
    expect(faulted(injector, 3)).toEqual([0]);
    expect(injector.pending).toEqual([]);
  });

  it('claims the next `times` matching requests', () => {
    const injector = new FaultInjector();
    injector.add({ route: '/hit', times: 3, action: unavailable });
    expect(injector.take('GET', '/miss')).toBeUndefined(); // a non-matching request uses none
    expect(faulted(injector, 5, 'GET', '/hit')).toEqual([0, 1, 2]);
  });

  it('claims a seeded, repeatable share with `fraction`, and never retires', () => {
    const draw = (seed: number) => {
      const injector = new FaultInjector(seed);
      injector.add({ fraction: 0.3, times: 1, action: unavailable });
      return faulted(injector, 1000);
    };
    const first = draw(42);
    expect(draw(42)).toEqual(first);
    expect(draw(7)).not.toEqual(first);
    expect(first.length).toBeGreaterThan(240);
    expect(first.length).toBeLessThan(360); // `times` is ignored next to a fraction
  });

  it('repeats a sequence after reseed', () => {
    const injector = new FaultInjector(1);
    injector.add({ fraction: 0.5, action: unavailable });
    injector.reseed(99);
    const before = faulted(injector, 50);
    injector.reseed(99);
    expect(faulted(injector, 50)).toEqual(before);
  });

  it('never claims with fraction 0 and always with fraction 1', () => {
    const none = new FaultInjector();
    none.add({ fraction: 0, action: unavailable });
    expect(faulted(none, 100)).toEqual([]);
    const all = new FaultInjector();
    all.add({ fraction: 1, action: unavailable });
    expect(faulted(all, 100)).toHaveLength(100);
  });

  it('logs every injected fault with its rule, request and kind; clear() removes the rules and the log', () => {
    const injector = new FaultInjector();
    const id = injector.add({
      method: 'PUT',
      route: '/u',
      times: 2,
      action: { kind: 'drop', afterBytes: 10 },
    });
    injector.take('PUT', '/u/1');
    injector.take('PUT', '/u/2');
    expect(injector.injected).toEqual([
      { rule: id, method: 'PUT', route: '/u/1', action: 'drop' },
      { rule: id, method: 'PUT', route: '/u/2', action: 'drop' },
    ]);
    injector.add({ action: unavailable });
    injector.clear();
    expect(injector.pending).toEqual([]);
    expect(injector.injected).toEqual([]);
  });

  it('numbers rules from 1', () => {
    const injector = new FaultInjector();
    expect(injector.add({ action: unavailable })).toBe(1);
    expect(injector.add({ action: unavailable })).toBe(2);
  });
});

describe('malformed rules', () => {
  const cases: [string, unknown, string][] = [
    ['no action', {}, 'a fault rule needs an "action" object'],
    [
      'an unknown kind',
      { action: { kind: 'explode' } },
      '"action.kind" must be one of status, grpc, drop, delay; got "explode"',
    ],
    [
      'a status below 400',
      { action: { kind: 'status', status: 302 } },
      '"status" must be an HTTP error status from 400 to 599; got 302',
    ],
    ['a status above 599', { action: { kind: 'status', status: 600 } }, 'got 600'],
    ['a status as a string', { action: { kind: 'status', status: '503' } }, 'got "503"'],
    [
      'a gRPC code of 0',
      { action: { kind: 'grpc', code: 0 } },
      '"code" must be a gRPC status code from 1 to 16; got 0',
    ],
    ['a gRPC code of 17', { action: { kind: 'grpc', code: 17 } }, 'got 17'],
    ['times of 0', { times: 0, action: unavailable }, '"times" must be a positive integer; got 0'],
    ['fractional times', { times: 1.5, action: unavailable }, 'got 1.5'],
    [
      'a fraction above 1',
      { fraction: 1.5, action: unavailable },
      '"fraction" must be between 0 and 1; got 1.5',
    ],
    ['a negative fraction', { fraction: -0.1, action: unavailable }, 'got -0.1'],
  ];
  for (const [what, rule, message] of cases) {
    it(`rejects ${what}`, () => {
      const injector = new FaultInjector();
      expect(() => injector.add(rule as FaultRule)).toThrow(FaultError);
      expect(() => injector.add(rule as FaultRule)).toThrow(message);
      expect(injector.pending).toEqual([]);
    });
  }

  it('rejects a method that is not a string', () => {
    const injector = new FaultInjector();
    expect(() => injector.add({ method: 5 as unknown as string, action: unavailable })).toThrow(FaultError);
  });

  it('rejects a delay without a non-negative number of ms', () => {
    const injector = new FaultInjector();
    expect(() => injector.add({ action: { kind: 'delay' } as unknown as FaultAction })).toThrow(FaultError);
  });

  it('reports an invalid regular expression as a FaultError', () => {
    const injector = new FaultInjector();
    expect(() => injector.add({ route: '/(unclosed/', action: unavailable })).toThrow(FaultError);
  });
});
