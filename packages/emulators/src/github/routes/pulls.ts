import { notFound } from '../errors.ts';
import { linkHeader, pageOf, readPage } from '../pagination.ts';
import { fakeSha } from '../repository.ts';
import type { Route } from '../route.ts';
import { diffEntryJson } from '../shapes.ts';

/** "Responses include a maximum of 3000 files." */
export const PULL_FILES_LIMIT = 3000;

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/pulls\/(?<number>\d+)\/files$/,
    handle(context) {
      const files = context.repo.pulls.get(Number(context.params.number));
      if (!files) throw notFound('https://docs.github.com/rest/pulls/pulls#list-pull-requests-files');
      const listed = files.slice(0, PULL_FILES_LIMIT);
      const page = readPage(context.url);
      const link = linkHeader(context.url, page, listed.length);
      const headSha = fakeSha(`pull ${context.params.number}`);
      context.send(
        200,
        pageOf(listed, page).map((file) => diffEntryJson(context.site, headSha, file)),
        link ? { link } : {},
      );
    },
  },
];
