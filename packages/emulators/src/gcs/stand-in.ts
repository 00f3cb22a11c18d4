import { resolve } from 'node:path';
import type { FaultInjector } from '../faults.ts';
import { HttpStandIn } from '../http-stand-in.ts';
import { DirectoryPersistence } from './directory-persistence.ts';
import { GcsApi } from './gcs-api.ts';
import { MemoryPersistence } from './persistence.ts';
import type { LoggedRequest } from './request-log.ts';
import { GcsStore } from './store.ts';

export interface GcsStandInOptions {
  /** Keep buckets and objects as files here (kept across restarts); in memory when omitted. */
  directory?: string;
  /** The project the client is configured with; only echoed back (projectNumber). */
  projectId?: string;
  /**
   * Makes rewrites of objects larger than this take several calls with a rewriteToken, as GCS's
   * do between locations or storage classes. Unlimited by default.
   */
  maxRewriteBytesPerCall?: number;
  faults?: FaultInjector;
}

/** What `new Storage(...)` from @google-cloud/storage needs to talk to a stand-in. */
export interface StandInStorageOptions {
  apiEndpoint: string;
  projectId: string;
  useAuthWithCustomEndpoint: false;
}

/**
 * The Cloud Storage stand-in: the JSON API on 127.0.0.1, with fault injection and the control
 * API from HttpStandIn. `store` is its state, for in-process setup and for other stand-ins.
 */
export class GcsStandIn extends HttpStandIn {
  readonly store: GcsStore;
  readonly projectId: string;
  readonly directory: string | undefined;
  private readonly api: GcsApi;

  constructor(options: GcsStandInOptions = {}) {
    const directory = options.directory === undefined ? undefined : resolve(options.directory);
    const store = new GcsStore(directory ? new DirectoryPersistence(directory) : new MemoryPersistence());
    const projectId = options.projectId ?? 'stand-in-project';
    const api = new GcsApi(store, {
      projectId,
      ...(options.maxRewriteBytesPerCall !== undefined
        ? { maxRewriteBytesPerCall: options.maxRewriteBytesPerCall }
        : {}),
    });
    super(api.handle, options.faults);
    this.store = store;
    this.projectId = projectId;
    this.directory = directory;
    this.api = api;
  }

  /** Every request the API served (control API calls and injected faults aside), oldest first. */
  get requests(): readonly LoggedRequest[] {
    return this.api.log.entries;
  }

  /**
   * Options for `new Storage(...)`. A custom apiEndpoint makes the client skip authentication
   * (nodejs-common's makeAuthenticatedRequestFactory, unless useAuthWithCustomEndpoint), and an
   * explicit projectId spares it the lookup that would try ADC and the GCE metadata server.
   */
  storageOptions(): StandInStorageOptions {
    return { apiEndpoint: this.url, projectId: this.projectId, useAuthWithCustomEndpoint: false };
  }

  /** Environment for processes that build their own client (`new Storage()` reads both). */
  environment(): Record<string, string> {
    return { STORAGE_EMULATOR_HOST: this.url, GOOGLE_CLOUD_PROJECT: this.projectId };
  }
}
