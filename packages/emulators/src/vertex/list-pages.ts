import { createHash } from 'node:crypto';
import { invalidArgument } from './vertex-error.ts';

/**
 * order_by and page_size/page_token for List calls. Tokens are opaque to the client; they carry the
 * offset and a fingerprint of the query, and a token reused with another filter or order is
 * INVALID_ARGUMENT, as on the real service.
 */

export type OrderFields<T> = Record<string, (resource: T) => string | Date | undefined>;

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/** Sorts by a comma-separated `field [desc]` list (snake_case or camelCase); ties keep `fallback` order. */
export function sortBy<T>(
  resources: T[],
  orderBy: string | undefined,
  fields: OrderFields<T>,
  fallback: string,
): T[] {
  const keys = (orderBy?.trim() ? orderBy : fallback).split(',').map((part) => {
    const [rawName, direction, ...extra] = part.trim().split(/\s+/);
    const name = (rawName ?? '').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    const get = fields[name];
    if (!get || extra.length > 0 || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw invalidArgument(
        `Invalid order_by "${orderBy}": supported fields are ${Object.keys(fields).join(', ')}, each optionally followed by "desc".`,
        'order_by',
      );
    }
    return { get, sign: direction?.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return [...resources].sort((a, b) => {
    for (const { get, sign } of keys) {
      const order = compareValues(get(a), get(b));
      if (order !== 0) return order * sign;
    }
    return 0;
  });
}

function compareValues(a: string | Date | undefined, b: string | Date | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : b;
  return left < right ? -1 : left > right ? 1 : 0;
}

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

export function paginate<T>(
  sorted: T[],
  request: { pageSize?: number; pageToken?: string },
  query: string,
): Page<T> {
  const pageSize = request.pageSize ?? 0;
  if (pageSize < 0) throw invalidArgument('page_size must not be negative.', 'page_size');
  const size = Math.min(pageSize || DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const fingerprint = createHash('sha256').update(query).digest('hex').slice(0, 12);
  let offset = 0;
  if (request.pageToken) {
    const match = /^(\d+)\.([0-9a-f]{12})$/.exec(
      Buffer.from(request.pageToken, 'base64url').toString('utf8'),
    );
    if (!match || match[2] !== fingerprint) {
      throw invalidArgument(`Invalid page token "${request.pageToken}".`, 'page_token');
    }
    offset = Number(match[1]);
  }
  const items = sorted.slice(offset, offset + size);
  const next = offset + size;
  return {
    items,
    nextPageToken: next < sorted.length ? Buffer.from(`${next}.${fingerprint}`).toString('base64url') : '',
  };
}
