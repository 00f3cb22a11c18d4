/**
 * GitHub's request-schema messages, e.g. `For 'properties/draft', "yes" is not a boolean.` and
 * `"ref" wasn't supplied.`; collected into one 422 "Invalid request." as GitHub does.
 */

/** Ruby's inspect, which GitHub's messages quote values with. */
function inspect(value: unknown): string {
  if (value === null) return 'nil';
  return JSON.stringify(value) ?? String(value);
}

export class BodyChecks {
  readonly problems: string[] = [];
  private readonly body: Record<string, unknown>;

  constructor(body: Record<string, unknown>) {
    this.body = body;
  }

  required(key: string): this {
    if (this.body[key] === undefined) this.problems.push(`"${key}" wasn't supplied.`);
    return this;
  }

  string(...keys: string[]): this {
    for (const key of keys) this.typed(key, 'string', (value) => typeof value === 'string');
    return this;
  }

  boolean(...keys: string[]): this {
    for (const key of keys) this.typed(key, 'boolean', (value) => typeof value === 'boolean');
    return this;
  }

  object(...keys: string[]): this {
    for (const key of keys) {
      this.typed(
        key,
        'object',
        (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      );
    }
    return this;
  }

  oneOf(key: string, allowed: readonly string[]): this {
    const value = this.body[key];
    if (value !== undefined && !allowed.includes(value as string)) {
      this.problems.push(
        `For 'properties/${key}', ${inspect(value)} is not one of [${allowed.map(inspect).join(', ')}].`,
      );
    }
    return this;
  }

  /** Keys outside `allowed`, for endpoints whose schema forbids extra properties. */
  only(allowed: readonly string[]): this {
    for (const key of Object.keys(this.body)) {
      if (!allowed.includes(key)) this.problems.push(`"${key}" is not a permitted key.`);
    }
    return this;
  }

  private typed(key: string, type: string, ok: (value: unknown) => boolean): void {
    const value = this.body[key];
    if (value !== undefined && !ok(value)) {
      this.problems.push(`For 'properties/${key}', ${inspect(value)} is not ${articled(type)}.`);
    }
  }
}

const articled = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
