// A tiny stand-in for Artifact Registry's Kubeflow Pipelines endpoint (<region>-kfp.pkg.dev) and
// for the Security Token Service that Workload Identity Federation credentials exchange a token
// with, on 127.0.0.1. The action reads Application Default Credentials from an external_account
// file (what google-github-actions/auth writes), gets an access token from /v1/token, and
// downloads a template with it.

import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const ACCESS_TOKEN = 'ya29.stand-in-access-token';

export interface TemplateRegistry {
  url: string;
  /** `GET /<project>/<repository>/<package>/<tag>` serves the text set here. */
  templates: Map<string, string>;
  /** Every request: method, path and the Authorization header. */
  requests: { method: string; path: string; authorization: string | undefined }[];
  /** Writes an external_account credentials file whose token exchange goes to this server. */
  writeCredentials(directory: string): string;
  stop(): Promise<void>;
}

export async function startTemplateRegistry(): Promise<TemplateRegistry> {
  const templates = new Map<string, string>();
  const requests: TemplateRegistry['requests'] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: request.method ?? '', path, authorization: request.headers.authorization });
    if (request.method === 'POST' && path === '/v1/token') {
      const form = new URLSearchParams(await body(request));
      if (form.get('subject_token') !== 'github-oidc-token') {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          access_token: ACCESS_TOKEN,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 3600,
        }),
      );
      return;
    }
    if (request.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) {
      response.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized');
      return;
    }
    const template = templates.get(path);
    if (request.method !== 'GET' || template === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(template);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    templates,
    requests,
    writeCredentials(directory) {
      const tokenFile = join(directory, 'oidc-token');
      writeFileSync(tokenFile, 'github-oidc-token');
      const credentials = join(directory, 'gha-creds.json');
      writeFileSync(
        credentials,
        JSON.stringify({
          type: 'external_account',
          audience:
            '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
          subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
          token_url: `${url}/v1/token`,
          credential_source: { file: tokenFile },
        }),
      );
      return credentials;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
