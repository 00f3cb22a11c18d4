/**
 * GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page` (from 1), with a
 * Link header naming prev, next, last and first pages, in that order, as api.github.com sends it.
 */

export interface PageRequest {
  perPage: number;
  page: number;
  /** Whether the caller gave per_page or page (compare answers differently without them). */
  explicit: boolean;
}

export function readPage(url: URL, defaultPerPage = 30, maxPerPage = 100): PageRequest {
  const perPageParam = url.searchParams.get('per_page');
  const pageParam = url.searchParams.get('page');
  const perPage = Number.parseInt(perPageParam ?? '', 10);
  const page = Number.parseInt(pageParam ?? '', 10);
  return {
    // GitHub clamps rather than rejects: per_page=500 answers 100 per page, page=0 answers page 1.
    perPage: Number.isFinite(perPage) && perPage > 0 ? Math.min(perPage, maxPerPage) : defaultPerPage,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    explicit: perPageParam !== null || pageParam !== null,
  };
}

export function pageOf<T>(items: readonly T[], request: PageRequest): T[] {
  const start = (request.page - 1) * request.perPage;
  return items.slice(start, start + request.perPage);
}

/** The Link header for `total` items, or undefined when everything fits on one page. */
export function linkHeader(url: URL, request: PageRequest, total: number): string | undefined {
  const last = Math.max(Math.ceil(total / request.perPage), 1);
  if (last === 1 && request.page === 1) return undefined;
  const at = (page: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(page));
    return `<${target}>`;
  };
  const links: string[] = [];
  if (request.page > 1) links.push(`${at(Math.min(request.page - 1, last))}; rel="prev"`);
  if (request.page < last) links.push(`${at(request.page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (request.page > 1) links.push(`${at(1)}; rel="first"`);
  return links.length > 0 ? links.join(', ') : undefined;
}
