import { ActionError } from '@mlops-actions/kit';

// By name rather than instanceof, so that the post step need not load the Vertex AI client to
// recognise them.
const WRITTEN_FOR_USERS = new Set([
  'CredentialsError',
  'JobIdTakenError',
  'TemplateDownloadError',
  'VertexCallError',
]);

/** Errors of packages/vertex whose message is written for the user are reported whole, as ActionErrors. */
export function userFacing(error: unknown): unknown {
  if (error instanceof Error && WRITTEN_FOR_USERS.has(error.name))
    return new ActionError(error.message, { cause: error });
  return error;
}
