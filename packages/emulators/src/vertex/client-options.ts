import { PassThroughClient } from 'google-auth-library';
import { type ClientOptions, grpc } from 'google-gax';

/** What `new PipelineServiceClient(…)`, `JobServiceClient` and `ModelServiceClient` need to reach a stand-in. */
export type VertexClientOptions = ClientOptions & {
  apiEndpoint: string;
  port: number;
  sslCreds: grpc.ChannelCredentials;
  authClient: PassThroughClient;
};

/**
 * The one way tests and the demo connect the real @google-cloud/aiplatform clients to the Vertex
 * stand-in: plaintext gRPC to 127.0.0.1 (credentials from google-gax's own grpc-js, so the client
 * accepts them), and a PassThroughClient so google-auth-library never looks for credentials — no
 * ~/.config/gcloud, no GOOGLE_APPLICATION_CREDENTIALS, no probe of the GCE metadata server.
 *
 *   new PipelineServiceClient(vertexClientOptions(standIn))
 *   new JobServiceClient(vertexClientOptions('127.0.0.1:4001'))
 */
export function vertexClientOptions(target: { port: number } | string): VertexClientOptions {
  const port = typeof target === 'string' ? Number(/^127\.0\.0\.1:(\d+)$/.exec(target)?.[1]) : target.port;
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(
      `vertexClientOptions needs a started stand-in or "127.0.0.1:<port>"; got ${JSON.stringify(target)}`,
    );
  }
  return {
    apiEndpoint: '127.0.0.1',
    port,
    sslCreds: grpc.credentials.createInsecure(),
    authClient: new PassThroughClient(),
  };
}
