import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { GitHubRepository } from './repository.ts';

/** GitHub's asset redirects point at signed addresses that expire after five minutes. */
const LIFETIME_SECONDS = 300;
export const DOWNLOAD_PREFIX = '/release-assets/';

/** Signs and checks the stand-in's download addresses: no token needed, but only for a while. */
export class DownloadSigner {
  private readonly secret = randomBytes(32);

  path(assetId: number, name: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + LIFETIME_SECONDS;
    const signature = this.sign(assetId, expires);
    return `${DOWNLOAD_PREFIX}${assetId}/${encodeURIComponent(name)}?expires=${expires}&signature=${signature}`;
  }

  /** The asset id a download address grants, or undefined when forged or expired. */
  verify(url: URL, now = Date.now()): number | undefined {
    const match = /^\/release-assets\/(\d+)\/[^/]+$/.exec(url.pathname);
    const expires = Number(url.searchParams.get('expires'));
    const given = Buffer.from(url.searchParams.get('signature') ?? '', 'hex');
    if (!match || !Number.isFinite(expires) || expires < now / 1000) return undefined;
    const assetId = Number(match[1]);
    const expected = Buffer.from(this.sign(assetId, expires), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) ? assetId : undefined;
  }

  private sign(assetId: number, expires: number): string {
    return createHmac('sha256', this.secret).update(`${assetId}:${expires}`).digest('hex');
  }
}

/**
 * Serves the two download paths, if `url` is one: the signed address (the bytes, no token needed,
 * until it expires) and github.com's browser_download_url (a redirect to a fresh signed address).
 */
export function serveDownload(
  res: ServerResponse,
  url: URL,
  repository: GitHubRepository,
  signer: DownloadSigner,
  baseUrl: string,
): boolean {
  if (url.pathname.startsWith(DOWNLOAD_PREFIX)) {
    const assetId = signer.verify(url);
    const asset = assetId === undefined ? undefined : repository.findAsset(assetId);
    if (!asset) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Request has expired or its signature does not match');
      return true;
    }
    asset.download_count += 1;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(asset.data.length),
      'content-disposition': `attachment; filename=${asset.name}`,
    });
    res.end(asset.data);
    return true;
  }
  const browser = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (!browser) return false;
  const [owner, repo, tag, name] = browser.slice(1).map(decodeURIComponent);
  const release = repository.is(owner ?? '', repo ?? '')
    ? repository.releases.find((candidate) => candidate.tag_name === tag && !candidate.draft)
    : undefined;
  const asset = release?.assets.find((candidate) => candidate.name === name);
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
    return true;
  }
  res.writeHead(302, { location: `${baseUrl}${signer.path(asset.id, asset.name)}`, 'content-length': '0' });
  res.end();
  return true;
}
