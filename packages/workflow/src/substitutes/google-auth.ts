import type { Substitute } from './substitute.ts';

/**
 * google-github-actions/auth → nothing is exchanged: the stand-ins need no credentials. What
 * the real action checks first is checked here too (one of provider or key, and the job's
 * `id-token: write`), and it exports the same project variables.
 */
export const googleAuth: Substitute = {
  action: 'google-github-actions/auth',
  instead:
    'no token exchange (the stand-ins need no credentials); its inputs and the job’s id-token permission are checked',
  short: 'no-op: no credentials needed',
  permissions: { 'id-token': 'write' },
  async run(_job, inputs, log) {
    const provider = inputs.workload_identity_provider ?? '';
    const key = inputs.credentials_json ?? '';
    if ((provider === '') === (key === '')) {
      throw new Error(
        'The GitHub Action workflow must specify exactly one of "workload_identity_provider" or "credentials_json"!',
      );
    }
    if (
      provider !== '' &&
      !/^projects\/[^/]+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/.test(provider)
    ) {
      throw new Error(
        `workload_identity_provider must be projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>, not '${provider}'`,
      );
    }
    const serviceAccount = inputs.service_account ?? '';
    const project =
      inputs.project_id || /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(serviceAccount)?.[1] || '';
    log.note(
      provider !== ''
        ? `Workload Identity Federation: ${provider} as ${serviceAccount || '(direct)'}`
        : 'Service account key JSON (keys are discouraged; prefer Workload Identity Federation)',
    );
    const env: Record<string, string> = {};
    if (project !== '' && inputs.export_environment_variables !== 'false') {
      for (const name of [
        'CLOUDSDK_CORE_PROJECT',
        'CLOUDSDK_PROJECT',
        'GCLOUD_PROJECT',
        'GCP_PROJECT',
        'GOOGLE_CLOUD_PROJECT',
      ]) {
        env[name] = project;
      }
    }
    return { outputs: { project_id: project }, env };
  },
};
