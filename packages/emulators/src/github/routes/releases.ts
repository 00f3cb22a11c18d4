import { BodyChecks } from '../body-checks.ts';
import { type FieldError, invalidRequest, notFound, validationFailed } from '../errors.ts';
import type { ReleaseRecord } from '../model.ts';
import { linkHeader, pageOf, readPage } from '../pagination.ts';
import { timestamp } from '../repository.ts';
import type { Route, RouteContext } from '../route.ts';
import { releaseJson, repoApiUrl } from '../shapes.ts';

const DOCS = 'https://docs.github.com/rest/releases/releases';
const MAKE_LATEST = ['true', 'false', 'legacy'] as const;

export function releaseById(context: RouteContext, documentationUrl: string): ReleaseRecord {
  const release = context.repo.releases.find((candidate) => candidate.id === Number(context.params.id));
  if (!release) throw notFound(documentationUrl);
  return release;
}

/** git check-ref-format's rules, which GitHub applies to a new release's tag. */
function wellFormedTag(tag: string): boolean {
  const control = [...tag].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
  return (
    tag.length > 0 &&
    !control &&
    !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$|^@$/.test(tag) &&
    !tag.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))
  );
}

/** Validates tag_name for a release that is (or becomes) published, or a draft. */
function checkTag(
  context: RouteContext,
  tag: string,
  draft: boolean,
  self: ReleaseRecord | undefined,
  doc: string,
) {
  if (!wellFormedTag(tag)) {
    const errors: FieldError[] = [
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not a valid tag' },
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not well-formed' },
    ];
    if (!draft)
      errors.push({
        resource: 'Release',
        code: 'custom',
        message: 'Published releases must have a valid tag',
      });
    throw validationFailed(doc, ...errors);
  }
  // Drafts may share a tag; a published release may not share it with another published one.
  const taken = context.repo.releases.some(
    (other) => other !== self && !other.draft && !draft && other.tag_name === tag,
  );
  if (taken) throw validationFailed(doc, { resource: 'Release', code: 'already_exists', field: 'tag_name' });
}

async function readReleaseBody(context: RouteContext, doc: string, create: boolean) {
  const body = await context.json(doc);
  const checks = new BodyChecks(body)
    .string('tag_name', 'target_commitish', 'name', 'body', 'discussion_category_name')
    .boolean('draft', 'prerelease', 'generate_release_notes')
    .oneOf('make_latest', MAKE_LATEST);
  if (create) checks.required('tag_name');
  if (checks.problems.length > 0) throw invalidRequest(doc, checks.problems);
  // No discussion categories exist here, so any name is one GitHub would not find.
  if (body.discussion_category_name !== undefined) throw notFound(doc);
  return body as {
    tag_name?: string;
    target_commitish?: string;
    name?: string;
    body?: string;
    draft?: boolean;
    prerelease?: boolean;
    generate_release_notes?: boolean;
    make_latest?: (typeof MAKE_LATEST)[number];
  };
}

export const releaseRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/releases$/,
    handle(context) {
      const page = readPage(context.url);
      const releases = context.repo.releasesNewestFirst();
      const link = linkHeader(context.url, page, releases.length);
      context.send(
        200,
        pageOf(releases, page).map((release) => releaseJson(context.site, release)),
        link ? { link } : {},
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/releases\/latest$/,
    handle(context) {
      const release = context.repo.latestRelease();
      if (!release) throw notFound(`${DOCS}#get-the-latest-release`);
      context.send(200, releaseJson(context.site, release));
    },
  },
  {
    method: 'GET',
    pattern: /^\/releases\/tags\/(?<tag>.+)$/,
    handle(context) {
      // "Get a published release with the specified tag": drafts are not found by tag.
      const release = context.repo
        .releasesNewestFirst()
        .find((candidate) => candidate.tag_name === context.params.tag && !candidate.draft);
      if (!release) throw notFound(`${DOCS}#get-a-release-by-tag-name`);
      context.send(200, releaseJson(context.site, release));
    },
  },
  {
    method: 'GET',
    pattern: /^\/releases\/(?<id>\d+)$/,
    handle(context) {
      context.send(200, releaseJson(context.site, releaseById(context, `${DOCS}#get-a-release`)));
    },
  },
  {
    method: 'POST',
    pattern: /^\/releases$/,
    async handle(context) {
      const doc = `${DOCS}#create-a-release`;
      const body = await readReleaseBody(context, doc, true);
      const tag = body.tag_name as string;
      const draft = body.draft ?? false;
      checkTag(context, tag, draft, undefined, doc);
      if (body.target_commitish !== undefined && !context.repo.resolveRef(body.target_commitish)) {
        if (!/^[0-9a-f]{40}$/.test(body.target_commitish)) {
          throw validationFailed(doc, {
            resource: 'Release',
            code: 'invalid',
            field: 'target_commitish',
          });
        }
      }
      const release = context.repo.addRelease({
        tag_name: tag,
        target_commitish: body.target_commitish,
        name: body.name ?? (body.generate_release_notes ? tag : null),
        body: body.body ?? null,
        draft,
        prerelease: body.prerelease ?? false,
        make_latest: body.make_latest ?? 'true',
      });
      context.send(201, releaseJson(context.site, release), {
        location: `${repoApiUrl(context.site)}/releases/${release.id}`,
      });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/releases\/(?<id>\d+)$/,
    async handle(context) {
      const doc = `${DOCS}#update-a-release`;
      const release = releaseById(context, doc);
      const body = await readReleaseBody(context, doc, false);
      const draft = body.draft ?? release.draft;
      const tag = body.tag_name ?? release.tag_name;
      if (body.tag_name !== undefined || body.draft !== undefined)
        checkTag(context, tag, draft, release, doc);
      release.tag_name = tag;
      if (body.target_commitish !== undefined) release.target_commitish = body.target_commitish;
      if (body.name !== undefined) release.name = body.name;
      if (body.body !== undefined) release.body = body.body;
      if (body.prerelease !== undefined) release.prerelease = body.prerelease;
      if (body.make_latest !== undefined) release.make_latest = body.make_latest;
      if (release.draft && !draft) release.published_at = timestamp();
      release.draft = draft;
      context.send(200, releaseJson(context.site, release));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/releases\/(?<id>\d+)$/,
    handle(context) {
      const release = releaseById(context, `${DOCS}#delete-a-release`);
      context.repo.releases.splice(context.repo.releases.indexOf(release), 1);
      context.send(204);
    },
  },
];
