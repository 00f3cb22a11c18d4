// The Google wording cannot be reached through the registry stand-in: it listens on 127.0.0.1, and
// only *-docker.pkg.dev and gcr.io hosts get Google advice (and HTTPS). So it is checked here.
import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../src/distribution/registry-refusal.ts';

const AR = 'us-docker.pkg.dev';

describe('refusalMessage', () => {
  it('names the auth step and the Writer role when Artifact Registry refuses a push', () => {
    expect(
      refusalMessage({
        registry: AR,
        status: 401,
        what: 'push the blob p/r/pipeline@sha256:ab',
        username: 'oauth2accesstoken',
        detail: 'UNAUTHORIZED',
      }),
    ).toBe(
      'us-docker.pkg.dev rejected the credentials of user "oauth2accesstoken" to push the blob p/r/pipeline@sha256:ab (HTTP 401). The credentials were missing or refused. Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation: workload_identity_provider and service_account; the job needs `permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it. Its service account needs the Artifact Registry Writer role (roles/artifactregistry.writer) on the repository.',
    );
    expect(
      refusalMessage({
        registry: AR,
        status: 403,
        what: 'push the manifest p/r/pipeline:v1',
        detail: 'DENIED',
      }),
    ).toContain(
      'The service account in use needs the Artifact Registry Writer role (roles/artifactregistry.writer) on the repository (grant it',
    );
  });

  it('names the Reader role for a base image read from another repository (gcr.io too)', () => {
    expect(
      refusalMessage({
        registry: 'gcr.io',
        status: 403,
        what: 'pull the manifest other/base:1',
        username: 'oauth2accesstoken',
        detail: 'DENIED: Permission "artifactregistry.repositories.downloadArtifacts" denied',
      }),
    ).toContain(
      'needs the Artifact Registry Reader role (roles/artifactregistry.reader) on the repository it reads from',
    );
  });

  it('asks other registries for their own credentials, never Google ones', () => {
    const message = refusalMessage({
      registry: 'ghcr.io',
      status: 403,
      what: 'push the blob o/p@sha256:ab',
      username: 'bot',
      detail: 'DENIED',
    });
    expect(message).toBe(
      'ghcr.io denied access to push the blob o/p@sha256:ab (HTTP 403 DENIED). The account "bot" may not write this repository: use one of ghcr.io that may push to it.',
    );
    expect(message).not.toContain('google-github-actions');
  });
});
