import { Storage, type StorageOptions } from '@google-cloud/storage';
import { type CredentialLookup, findCredentials } from '@mlops-actions/google-access';

export interface StorageClientOptions {
  /** A Cloud Storage stand-in or emulator, e.g. http://127.0.0.1:4443. Default: STORAGE_EMULATOR_HOST. */
  apiEndpoint?: string;
  projectId?: string;
  /** Where to look for Application Default Credentials (tests); default: this process. */
  credentials?: CredentialLookup;
}

/** Only project-level calls (creating or listing buckets) need a project; object calls never do. */
const PLACEHOLDER_PROJECT = 'no-project';

/**
 * The one Storage client factory. With an endpoint override (`apiEndpoint`, or the
 * STORAGE_EMULATOR_HOST variable a stand-in prints) the client talks to it with no credential or
 * project lookups; otherwise it uses Application Default Credentials, which
 * google-github-actions/auth sets up through GOOGLE_APPLICATION_CREDENTIALS — checked here, before
 * any request, since without them the client calls anonymously (or hunts for a metadata server)
 * and fails with a reason that does not say what to do (CredentialsError).
 *
 * Retries stay on with the client's defaults. Every write in this package carries a generation
 * precondition: the client retries only such writes, and one unguarded simple upload would turn
 * retries off for the whole instance.
 */
export function createStorage(options: StorageClientOptions = {}): Storage {
  const apiEndpoint = options.apiEndpoint || process.env.STORAGE_EMULATOR_HOST || undefined;
  const projectId = options.projectId || undefined;
  if (apiEndpoint === undefined) {
    findCredentials(options.credentials);
    return new Storage(projectId === undefined ? {} : { projectId });
  }
  const settings: StorageOptions = {
    apiEndpoint: withScheme(apiEndpoint),
    // An explicit project spares the client the lookup that would try ADC and the metadata server.
    projectId:
      projectId ?? (process.env.GOOGLE_CLOUD_PROJECT || process.env.GCLOUD_PROJECT || PLACEHOLDER_PROJECT),
    useAuthWithCustomEndpoint: false,
  };
  const storage = new Storage(settings);
  // The client takes STORAGE_EMULATOR_HOST verbatim as its base URL, and a bare host:port as a path.
  const fromEnvironment = process.env.STORAGE_EMULATOR_HOST;
  if (fromEnvironment && fromEnvironment !== withScheme(fromEnvironment)) {
    storage.baseUrl = withScheme(fromEnvironment);
  }
  return storage;
}

/** The client assumes https:// for a bare host:port; emulators speak plain HTTP. */
function withScheme(endpoint: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `http://${endpoint}`;
}
