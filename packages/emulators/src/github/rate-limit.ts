/**
 * The primary rate limit's headers (x-ratelimit-*), counted per stand-in. When the budget is spent
 * GitHub answers 403 with x-ratelimit-remaining: 0 until the reset time.
 */
export class RateLimit {
  readonly limit: number;
  private used = 0;
  private resetAt: number;

  constructor(limit: number) {
    this.limit = limit;
    this.resetAt = nextHour();
  }

  /** Counts one request; false when the budget was already spent. */
  take(): boolean {
    if (Date.now() / 1000 >= this.resetAt) {
      this.used = 0;
      this.resetAt = nextHour();
    }
    if (this.used >= this.limit) return false;
    this.used += 1;
    return true;
  }

  get headers(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(this.limit - this.used, 0)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
    };
  }
}

const nextHour = () => Math.floor(Date.now() / 1000) + 3600;
