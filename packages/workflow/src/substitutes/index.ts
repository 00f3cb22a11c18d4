import { checkout } from './checkout.ts';
import { googleAuth } from './google-auth.ts';
import { setupPython } from './setup-python.ts';
import type { Substitute } from './substitute.ts';

export type { Substitute } from './substitute.ts';

/** The explicit table of third-party actions this interpreter stands in for; any other is an error. */
export const SUBSTITUTES: ReadonlyMap<string, Substitute> = new Map(
  [checkout, googleAuth, setupPython].map((substitute) => [substitute.action, substitute]),
);
