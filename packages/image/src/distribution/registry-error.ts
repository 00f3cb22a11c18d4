/** An error answer of a registry, with the codes of its JSON error body (`MANIFEST_UNKNOWN`, `DENIED`…). */
export class RegistryError extends Error {
  readonly status: number;
  readonly codes: string[];
  readonly retryAfterMs: number | undefined;

  constructor(message: string, status: number, codes: string[] = [], retryAfterMs?: number) {
    super(message);
    this.name = 'RegistryError';
    this.status = status;
    this.codes = codes;
    this.retryAfterMs = retryAfterMs;
  }

  /** 429 and 5xx are worth another try; 4xx are answers. */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

interface ErrorBody {
  errors?: { code?: string; message?: string; detail?: unknown }[];
}

/** `MANIFEST_UNKNOWN: manifest unknown` from the registry's JSON error body, or the status text. */
export async function describeErrorBody(response: Response): Promise<{ text: string; codes: string[] }> {
  const raw = await response.text().catch(() => '');
  try {
    const body = JSON.parse(raw) as ErrorBody;
    const errors = body.errors ?? [];
    if (errors.length > 0) {
      return {
        text: errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; '),
        codes: errors.map((e) => e.code ?? '').filter(Boolean),
      };
    }
  } catch {
    // not JSON
  }
  const text = raw.trim().slice(0, 200);
  return { text: text || `${response.status} ${response.statusText}`.trim(), codes: [] };
}
