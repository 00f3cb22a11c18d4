import { randomBytes } from 'node:crypto';
import type { WritableMetadata } from './model.ts';
import type { Preconditions } from './preconditions.ts';

/** A rewrite that takes several calls: what the first call asked for, and how far it has got. */
export interface PendingRewrite {
  source: { bucket: string; name: string; generation: number };
  destination: { bucket: string; name: string };
  metadata: WritableMetadata;
  preconditions: Preconditions;
  bytesPerCall: number;
  done: number;
}

/** Rewrite tokens in flight, https://cloud.google.com/storage/docs/json_api/v1/objects/rewrite */
export class RewriteTokens {
  private readonly pending = new Map<string, PendingRewrite>();

  add(rewrite: PendingRewrite): string {
    const token = randomBytes(24).toString('base64url');
    this.pending.set(token, rewrite);
    return token;
  }

  get(token: string): PendingRewrite | undefined {
    return this.pending.get(token);
  }

  /** Moves a rewrite to a fresh token, as each call of a multi-call rewrite returns a new one. */
  advance(token: string, rewrite: PendingRewrite): string {
    this.pending.delete(token);
    return this.add(rewrite);
  }

  delete(token: string): void {
    this.pending.delete(token);
  }
}
