import { mustBe } from './input-error.ts';

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;

// Units in descending order, each at most once: 1d2h3m4s5ms. `m(?!s)` keeps 5ms from reading as 5m + s.
const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;

const ACCEPTED = 'a duration such as 90s, 15m, 2h or 1h30m';

/**
 * Parses `500ms`, `90s`, `15m`, `2h`, `1d`, combinations such as `1h30m`, or a bare integer of
 * seconds, into milliseconds. `name` is the input (or setting) named in the error.
 */
export function parseDuration(name: string, raw: string): number {
  const text = raw.trim();
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * UNIT_MS.s;
  } else {
    const match = DURATION.exec(text);
    if (!match || text === '') throw mustBe(name, raw, ACCEPTED);
    const [, d, h, m, s, milli] = match;
    ms =
      Number(d ?? 0) * UNIT_MS.d +
      Number(h ?? 0) * UNIT_MS.h +
      Number(m ?? 0) * UNIT_MS.m +
      Number(s ?? 0) * UNIT_MS.s +
      Number(milli ?? 0);
  }
  if (!Number.isSafeInteger(ms)) throw mustBe(name, raw, ACCEPTED);
  return ms;
}

/** Formats milliseconds for people: `1h 30m`, `45s`, `250ms`. Drops units below the largest two. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return String(ms);
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length > 0 && parts.length < 2)) parts.push(`${n}${unit}`);
    if (parts.length === 2) break;
  }
  return parts.filter((p) => !p.startsWith('0')).join(' ') || '0s';
}
