import { notFound } from '../errors.ts';
import { linkHeader, readPage } from '../pagination.ts';
import type { Route } from '../route.ts';
import { comparisonJson } from '../shapes.ts';

/** Without per_page or page, "the returned list is limited to 250 commits" — the most recent ones. */
const UNPAGED_COMMITS = 250;
/** The file list "includes up to 300 changed files for the entire comparison". */
const COMPARE_FILES_LIMIT = 300;

export const compareRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/compare\/(?<basehead>.+)$/,
    handle(context) {
      const compare = context.repo.compares.get(context.params.basehead ?? '');
      if (!compare) throw notFound('https://docs.github.com/rest/commits/commits#compare-two-commits');
      const indexed = compare.commits.map((commit, index) => ({ commit, index }));
      const files = compare.files.slice(0, COMPARE_FILES_LIMIT);
      const page = readPage(context.url);
      if (!page.explicit) {
        context.send(200, comparisonJson(context.site, compare, indexed.slice(-UNPAGED_COMMITS), files));
        return;
      }
      // Paged: commits oldest first, page by page; the files only on the first page.
      const start = (page.page - 1) * page.perPage;
      const link = linkHeader(context.url, page, indexed.length);
      context.send(
        200,
        comparisonJson(
          context.site,
          compare,
          indexed.slice(start, start + page.perPage),
          page.page === 1 ? files : [],
        ),
        link ? { link } : {},
      );
    },
  },
];
