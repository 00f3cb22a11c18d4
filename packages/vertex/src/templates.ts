import type { GoogleAuth } from 'google-auth-library';

/**
 * Pipeline templates in Artifact Registry (a Kubeflow Pipelines repository):
 * `https://<region>-kfp.pkg.dev/<project>/<repository>/<package>/<tag or sha256:…>`. Downloading
 * one sends the caller's access token, so only that host is accepted — and, for a local stand-in,
 * plain http to 127.0.0.1.
 */
const KFP_HOST = /^[a-z]+(?:-[a-z]+)+\d+-kfp\.pkg\.dev$/;
const LOOPBACK = '127.0.0.1';

export const TEMPLATE_URL_FORM =
  'https://<region>-kfp.pkg.dev/<project>/<repository>/<package>/<tag or version>';

/** Whether text is meant as a URL (and so must be a template URL), as opposed to a path. */
export function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/** The URL when text is a template URL; otherwise why it is not. */
export function parseTemplateUrl(text: string): URL | { problem: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'it is not a valid URL' };
  }
  if (url.username || url.password) return { problem: 'it must not carry credentials' };
  const local = url.hostname === LOOPBACK;
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    return { problem: 'it must use https (plain http only for a 127.0.0.1 stand-in)' };
  }
  if (!local && !KFP_HOST.test(url.hostname)) {
    return {
      problem: `only Artifact Registry's Kubeflow Pipelines hosts (<region>-kfp.pkg.dev) are accepted, since the download carries your access token`,
    };
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (!local && segments.length !== 4) {
    return { problem: 'its path must be /<project>/<repository>/<package>/<tag or version>' };
  }
  return url;
}

export class TemplateDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateDownloadError';
  }
}

const DOWNLOAD_TIMEOUT_MS = 60_000;
const MAX_BYTES = 64 * 1024 * 1024;

/** Downloads a pipeline template with the caller's Application Default Credentials. */
export async function fetchPipelineTemplate(url: URL, auth: GoogleAuth): Promise<string> {
  const headers = await auth.getRequestHeaders(url.href);
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      // A redirect could lead the token elsewhere; Artifact Registry answers directly.
      redirect: 'error',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new TemplateDownloadError(`Downloading the pipeline template ${url.href} failed: ${reason}.`);
  }
  if (!response.ok) {
    const advice =
      response.status === 401 || response.status === 403
        ? ' The credentials need the Artifact Registry Reader role (roles/artifactregistry.reader) on the repository.'
        : response.status === 404
          ? ' Check the project, repository, package and tag or version.'
          : '';
    throw new TemplateDownloadError(
      `Downloading the pipeline template ${url.href} failed: HTTP ${response.status} ${response.statusText}.${advice}`,
    );
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES)
    throw new TemplateDownloadError(`The pipeline template ${url.href} is larger than 64 MiB.`);
  return await response.text();
}
