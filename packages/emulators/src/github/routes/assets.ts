import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { AssetRecord, ReleaseRecord } from '../model.ts';
import { linkHeader, pageOf, readPage } from '../pagination.ts';
import type { Route, RouteContext } from '../route.ts';
import { assetJson } from '../shapes.ts';
import { releaseById } from './releases.ts';

const DOCS = 'https://docs.github.com/rest/releases/assets';

/**
 * "GitHub renames asset filenames that have special characters, non-alphanumeric characters, and
 * leading or trailing periods": runs of other characters become one period. An approximation.
 */
export function githubAssetName(name: string): string {
  const renamed = name
    .replace(/[^A-Za-z0-9._+-]+/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return renamed || 'default';
}

function assetById(
  context: RouteContext,
  documentationUrl: string,
): { asset: AssetRecord; release: ReleaseRecord } {
  const asset = context.repo.findAsset(Number(context.params.assetId));
  const release = asset && context.repo.releases.find((candidate) => candidate.id === asset.releaseId);
  if (!asset || !release) throw notFound(documentationUrl);
  return { asset, release };
}

export const assetRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/releases\/(?<id>\d+)\/assets$/,
    handle(context) {
      const release = releaseById(context, `${DOCS}#list-release-assets`);
      const page = readPage(context.url);
      const link = linkHeader(context.url, page, release.assets.length);
      context.send(
        200,
        pageOf(release.assets, page).map((asset) => assetJson(context.site, release, asset)),
        link ? { link } : {},
      );
    },
  },
  {
    // Served by uploads.github.com in real life; here the release's upload_url points at this host.
    method: 'POST',
    pattern: /^\/releases\/(?<id>\d+)\/assets$/,
    async handle(context) {
      const doc = `${DOCS}#upload-a-release-asset`;
      const release = releaseById(context, doc);
      const requested = context.url.searchParams.get('name');
      const data = await context.raw();
      if (!requested) throw new GitHubError(400, 'Invalid name for request', doc);
      const name = githubAssetName(requested);
      if (release.assets.some((asset) => asset.name === name)) {
        throw validationFailed(doc, { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
      }
      const asset = context.repo.addAsset(
        release,
        name,
        data,
        context.req.headers['content-type'] ?? 'application/octet-stream',
        context.url.searchParams.get('label'),
      );
      context.send(201, assetJson(context.site, release, asset));
    },
  },
  {
    method: 'GET',
    pattern: /^\/releases\/assets\/(?<assetId>\d+)$/,
    handle(context) {
      const { asset, release } = assetById(context, `${DOCS}#get-a-release-asset`);
      // With Accept: application/octet-stream GitHub redirects to a signed, short-lived address.
      if (/application\/octet-stream/i.test(context.req.headers.accept ?? '')) {
        context.send(302, undefined, { location: context.signedDownloadUrl(asset) });
        return;
      }
      context.send(200, assetJson(context.site, release, asset));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/releases\/assets\/(?<assetId>\d+)$/,
    handle(context) {
      const { asset, release } = assetById(context, `${DOCS}#delete-a-release-asset`);
      release.assets.splice(release.assets.indexOf(asset), 1);
      context.send(204);
    },
  },
];
