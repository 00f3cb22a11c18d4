/**
 * An expected failure whose message is written for the user (what went wrong and what to do);
 * runAction reports it as is, without the "first line only" trimming applied to unknown errors.
 */
export class ActionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ActionError';
  }
}
