import { ActionError } from '@mlops-actions/kit';

/** The state folder or a manifest holds something this package cannot trust; names the gs:// URI. */
export class StateError extends ActionError {
  readonly uri: string;

  constructor(uri: string, problem: string, options?: ErrorOptions) {
    super(`${uri}: ${problem}`, options);
    this.name = 'StateError';
    this.uri = uri;
  }
}
