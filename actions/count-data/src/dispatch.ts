import type { Storage } from '@google-cloud/storage';
import { claimDispatch, releaseDispatchClaim } from '@mlops-actions/data-loop';
import type { GsUri } from '@mlops-actions/gcs';
import { ActionError, type RunContext } from '@mlops-actions/kit';
import type { DispatchConfig } from './dispatch-config.ts';

export type DispatchOutcome = 'dispatched' | 'already-dispatched';

/**
 * Starts the workflow once per run key: the claim in state is created first (create-if-absent),
 * so a re-run of the job finds it and does not dispatch again.
 */
export async function dispatchOnce(
  storage: Storage,
  state: GsUri,
  runKey: string,
  dispatch: DispatchConfig,
  context: Pick<RunContext, 'apiUrl' | 'owner' | 'repo'>,
  added: { manifest: string; count: number },
): Promise<DispatchOutcome> {
  const inputs = { ...dispatch.inputs, manifest: added.manifest, count: String(added.count) };
  const claimed = await claimDispatch(storage, state, runKey, {
    workflow: dispatch.workflow,
    ref: dispatch.ref,
    inputs,
  });
  if (!claimed) return 'already-dispatched';
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(dispatch.token, { baseUrl: context.apiUrl });
  try {
    await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      owner: context.owner,
      repo: context.repo,
      workflow_id: dispatch.workflow,
      ref: dispatch.ref,
      inputs,
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    const refused = status !== undefined && status >= 400 && status < 500;
    // Refused for sure (4xx): nothing started, so the claim goes back and a re-run may try again.
    // Anything else may have started the run: the claim stays, so a re-run never starts a second.
    if (refused) await releaseDispatchClaim(storage, state, runKey).catch(() => undefined);
    throw new ActionError(dispatchFailure(error, dispatch, `${context.owner}/${context.repo}`, refused));
  }
  return 'dispatched';
}

function dispatchFailure(
  error: unknown,
  dispatch: DispatchConfig,
  repository: string,
  refused: boolean,
): string {
  const status = (error as { status?: number }).status;
  const said = error instanceof Error ? error.message : String(error);
  const what = `Starting ${dispatch.workflow} on ${dispatch.ref} in ${repository} failed`;
  if (!refused) {
    return `${what}: ${said}. GitHub may or may not have started it: look for the run in the Actions tab and start it by hand if it is missing (a re-run of this job will not dispatch again, so that it never starts twice).`;
  }
  const retry = 'Nothing was started; fix that and re-run the job (the manifest is reused).';
  if (status === 401 || status === 403) {
    return `${what} (${status}: ${said}). The token needs the permission actions: write — add \`permissions: actions: write\` to the job (or pass a token that has it in the input token). ${retry}`;
  }
  if (status === 404) {
    return `${what} (404: ${said}). Input "dispatch-workflow" must name a workflow file in .github/workflows of ${repository}; the token also needs actions: write. ${retry}`;
  }
  if (status === 422) {
    return `${what} (422: ${said}). The workflow must have a workflow_dispatch trigger that declares the inputs manifest, count and those of dispatch-inputs, and dispatch-ref must be a branch or tag. ${retry}`;
  }
  return `${what}: ${said}. ${retry}`;
}
