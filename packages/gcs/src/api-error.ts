/** The HTTP status of a failed Cloud Storage call (ApiError.code, GaxiosError.status), if any. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { code?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const value of [record.code, record.status, record.response?.status]) {
    if (typeof value === 'number' && value >= 100 && value <= 599) return value;
    if (typeof value === 'string' && /^[1-5]\d\d$/.test(value)) return Number(value);
  }
  return undefined;
}

/** Statuses GCS documents as worth retrying: https://cloud.google.com/storage/docs/retry-strategy */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Node and client codes of a connection that broke before an answer arrived. */
const CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
]);

const CONNECTION_MESSAGES =
  /socket hang up|premature close|connection (?:closure|reset)|other side closed|network timeout|ECONNRESET|EPIPE/i;

/** True for a throttled or failed server answer (429, 5xx, 408) or a dropped connection. */
export function isRetryableStorageError(error: unknown): boolean {
  const status = httpStatus(error);
  if (status !== undefined) return RETRYABLE_STATUSES.has(status);
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') break;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && CONNECTION_CODES.has(code.toUpperCase())) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

/** A 412: a generation precondition did not hold. */
export function isPreconditionFailure(error: unknown): boolean {
  return httpStatus(error) === 412;
}

export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

/**
 * The first line of an SDK error, for a message that names what failed. The request URL the
 * client puts in network errors is left out: the caller names the gs:// URI, and the URL's
 * percent-encoded object name only confuses.
 */
export function briefReason(error: unknown): string {
  const status = httpStatus(error);
  const text = firstServerMessage(error) ?? (error instanceof Error ? error.message : String(error));
  const line = (text.split(/\r?\n/, 1)[0]?.trim() || (error instanceof Error ? error.name : 'error'))
    .replace(REQUEST_TO_URL, 'the request failed: ')
    .replace(API_URL, 'the Cloud Storage API');
  const shortened = line.length > 300 ? `${line.slice(0, 300)}…` : line;
  return status === undefined || shortened.includes(String(status))
    ? shortened
    : `HTTP ${status}: ${shortened}`;
}

/** node-fetch's `request to <url> failed, reason: …`. */
const REQUEST_TO_URL = /\brequest to https?:\/\/\S+ failed, reason: /i;
const API_URL = /https?:\/\/[^\s/]*googleapis\.com\/\S*/gi;

/** The server's own words when the client wrapped several ("Multiple errors occurred…"). */
function firstServerMessage(error: unknown): string | undefined {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length < 2) return undefined;
  const first = errors[0] as { message?: unknown } | undefined;
  return typeof first?.message === 'string' && first.message !== '' ? first.message : undefined;
}
