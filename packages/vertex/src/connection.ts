import { PipelineServiceClient } from '@google-cloud/aiplatform/build/src/v1/pipeline_service_client.js';
import { type GoogleAuth, PassThroughClient } from 'google-auth-library';
import { type ClientOptions, grpc } from 'google-gax';
import { applicationDefaultAuth, type CredentialLookup } from './credentials.ts';
import { regionalEndpoint, type VertexEndpoint } from './endpoint.ts';

// Only the PipelineService client is imported statically. The JobService and ModelService clients
// are imported when first asked for, so an action that runs pipelines never loads (or, bundled,
// never parses) them; the bundler gives each client only its own service's protos.
type JobServiceClient =
  import('@google-cloud/aiplatform/build/src/v1/job_service_client.js').JobServiceClient;
type ModelServiceClient =
  import('@google-cloud/aiplatform/build/src/v1/model_service_client.js').ModelServiceClient;

export interface VertexConnectionOptions {
  project: string;
  region: string;
  /** Default: the region's endpoint, `<region>-aiplatform.googleapis.com:443`. */
  endpoint?: VertexEndpoint;
  /** Credentials resolved already (applicationDefaultAuth); otherwise resolved here when needed. */
  auth?: GoogleAuth;
  /** For tests of the credential lookup; the real one reads process.env. */
  credentials?: CredentialLookup;
}

/** Clients for one project and region, created on first use and closed together. */
export interface VertexConnection {
  readonly project: string;
  readonly region: string;
  readonly endpoint: VertexEndpoint;
  /** `projects/<project>/locations/<region>` */
  readonly parent: string;
  /** Application Default Credentials; undefined for a local endpoint, which gets none. */
  readonly auth: GoogleAuth | undefined;
  pipelines(): PipelineServiceClient;
  jobs(): Promise<JobServiceClient>;
  models(): Promise<ModelServiceClient>;
  /** Closes every client opened, so their channels no longer hold the process open. */
  close(): Promise<void>;
}

/**
 * Connects to Vertex AI. A loopback endpoint (the stand-in) gets plaintext gRPC and a
 * PassThroughClient, so no credential is looked up and no metadata server is asked; any other
 * endpoint gets TLS and Application Default Credentials, resolved here so that missing ones fail
 * fast with a message that says what to do.
 */
export async function connectVertex(options: VertexConnectionOptions): Promise<VertexConnection> {
  const endpoint = options.endpoint ?? regionalEndpoint(options.region);
  const auth = endpoint.local
    ? undefined
    : await applicationDefaultAuth(options.project, options.credentials);
  const clientOptions: ClientOptions = endpoint.local
    ? {
        apiEndpoint: endpoint.host,
        port: endpoint.port,
        sslCreds: grpc.credentials.createInsecure(),
        authClient: new PassThroughClient(),
      }
    : { apiEndpoint: endpoint.host, port: endpoint.port, auth: auth as GoogleAuth };
  const opened: { close(): Promise<void> }[] = [];
  const open = <T extends { close(): Promise<void> }>(client: T): T => {
    opened.push(client);
    return client;
  };
  let pipelines: PipelineServiceClient | undefined;
  let jobs: Promise<JobServiceClient> | undefined;
  let models: Promise<ModelServiceClient> | undefined;
  return {
    project: options.project,
    region: options.region,
    endpoint,
    parent: `projects/${options.project}/locations/${options.region}`,
    auth,
    pipelines() {
      pipelines ??= open(new PipelineServiceClient(clientOptions));
      return pipelines;
    },
    jobs() {
      jobs ??= import('@google-cloud/aiplatform/build/src/v1/job_service_client.js').then(
        ({ JobServiceClient }) => open(new JobServiceClient(clientOptions)),
      );
      return jobs;
    },
    models() {
      models ??= import('@google-cloud/aiplatform/build/src/v1/model_service_client.js').then(
        ({ ModelServiceClient }) => open(new ModelServiceClient(clientOptions)),
      );
      return models;
    },
    async close() {
      await Promise.allSettled(opened.map((client) => client.close()));
    },
  };
}
