/** Where the Vertex AI API is reached: a regional endpoint, a private one, or a local stand-in. */
export interface VertexEndpoint {
  host: string;
  port: number;
  /**
   * A loopback address (127.0.0.1, localhost, [::1]): plaintext gRPC without credentials, as for
   * the Vertex AI stand-in. Everything else is TLS with Application Default Credentials.
   */
  local: boolean;
}

const HTTPS_PORT = 443;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
// A DNS name or an IPv4 address; IPv6 only in brackets.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** `us-central1-aiplatform.googleapis.com:443`, Vertex AI's endpoint for a region. */
export function regionalEndpoint(region: string): VertexEndpoint {
  return { host: `${region}-aiplatform.googleapis.com`, port: HTTPS_PORT, local: false };
}

/** `host:port`, as a gRPC client dials it (IPv6 in brackets). */
export function endpointAddress(endpoint: VertexEndpoint): string {
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
  return `${host}:${endpoint.port}`;
}

export const API_ENDPOINT_FORMS =
  'a host name with an optional port, such as europe-west4-aiplatform.googleapis.com or private.example.com:8443 (https:// in front is allowed), or 127.0.0.1:PORT for a local stand-in';

/**
 * Reads an api-endpoint value: `host`, `host:port`, `https://host[:port][/]`, or a loopback
 * `[http://]127.0.0.1:port`. Returns the reason it is not one of those instead of throwing, so the
 * caller can word the error for its own input.
 */
export function parseApiEndpoint(text: string): VertexEndpoint | { problem: string } {
  const match = /^(?:(https?):\/\/)?(\[[0-9a-f:]+\]|[^/:[\]]+)(?::(\d{1,5}))?\/?$/i.exec(text.trim());
  if (!match) return { problem: 'it is not a host with an optional port (no path, query or credentials)' };
  const [, scheme, rawHost = '', rawPort] = match;
  const host = rawHost.replace(/^\[|\]$/g, '').toLowerCase();
  const local = LOOPBACK.has(host);
  if (!local && !rawHost.startsWith('[') && !HOST.test(host))
    return { problem: `"${host}" is not a valid host name` };
  if (scheme?.toLowerCase() === 'http' && !local) {
    return { problem: 'plain http is allowed only for a loopback stand-in (127.0.0.1); use https' };
  }
  const port = rawPort === undefined ? HTTPS_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    return { problem: `port ${rawPort} is out of range` };
  return { host, port, local };
}
