/**
 * Run by no-metadata-probe.test.ts in a child process (Node strips the types), with an empty HOME
 * and the GCE metadata server pointed at a recorder: drives the stand-in through the real clients
 * and prints {"outcome": "ok" | error message}.
 *   node metadata-probe-child.ts 127.0.0.1:<port> helper|bare
 */
import { JobServiceClient, ModelServiceClient, PipelineServiceClient } from '@google-cloud/aiplatform';
import { type ClientOptions, grpc } from 'google-gax';
import { vertexClientOptions } from '../../src/vertex/index.ts';

const [endpoint = '', mode] = process.argv.slice(2);
const options: ClientOptions =
  mode === 'helper'
    ? vertexClientOptions(endpoint)
    : // What the helper returns, minus the authClient: google-auth-library goes looking for credentials.
      {
        apiEndpoint: '127.0.0.1',
        port: Number(endpoint.split(':')[1]),
        sslCreds: grpc.credentials.createInsecure(),
      };
const parent = 'projects/probe/locations/us-central1';
const pipelines = new PipelineServiceClient(options);
const jobs = new JobServiceClient(options);
const models = new ModelServiceClient(options);

let outcome = 'ok';
try {
  await pipelines.listPipelineJobs({ parent });
  await jobs.listBatchPredictionJobs({ parent });
  const [operation] = await models.uploadModel({
    parent,
    model: { displayName: 'probe', containerSpec: { imageUri: 'gcr.io/probe/image' } },
  });
  await operation.promise();
} catch (error) {
  outcome = (error as Error).message;
}
await Promise.all([pipelines.close(), jobs.close(), models.close()]);
process.stdout.write(`${JSON.stringify({ outcome })}\n`);
