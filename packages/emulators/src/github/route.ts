import type { IncomingMessage } from 'node:http';
import type { AssetRecord } from './model.ts';
import type { GitHubRepository } from './repository.ts';
import type { Site } from './shapes.ts';

/** What a route handler gets: the request, its path parameters, the repository, and answers. */
export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  repo: GitHubRepository;
  site: Site;
  /** The request body as a JSON object; throws GitHub's 400 when it is not one. */
  json(documentationUrl: string): Promise<Record<string, unknown>>;
  raw(): Promise<Buffer>;
  send(status: number, body?: unknown, headers?: Record<string, string>): void;
  /** A short-lived signed address for an asset's bytes, as GitHub's download redirect gives. */
  signedDownloadUrl(asset: AssetRecord): string;
}

export interface Route {
  method: string;
  /** Matched against the path after `/repos/{owner}/{repo}`; named groups become params. */
  pattern: RegExp;
  handle(context: RouteContext): Promise<void> | void;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
    return { route, params };
  }
  return undefined;
}
