// Run by bundled-clients.test.ts with Node 24: loads the JobService and ModelService client
// chunks from dist/chunks the way an action's Node loads them, and drives them against the
// Vertex AI stand-in at 127.0.0.1:$VERTEX_PORT. Prints what it saw as one JSON line.
import { PassThroughClient } from 'google-auth-library';

const [modelChunk, jobChunk] = process.argv.slice(2);
const { ModelServiceClient } = (await import(modelChunk)).default;
const { JobServiceClient } = (await import(jobChunk)).default;
const parent = 'projects/demo-project/locations/us-central1';

// The bundle carries its own grpc-js, whose channel credentials are the only ones its clients
// accept: take them from a first client.
const base = {
  apiEndpoint: '127.0.0.1',
  port: Number(process.env.VERTEX_PORT),
  authClient: new PassThroughClient(),
};
const probe = new ModelServiceClient(base);
const options = { ...base, sslCreds: probe._gaxGrpc.grpc.credentials.createInsecure() };
const models = new ModelServiceClient(options);
const jobs = new JobServiceClient(options);

const [operation] = await models.uploadModel({
  parent,
  modelId: 'bundled',
  model: { displayName: 'bundled-model', containerSpec: { imageUri: 'gcr.io/p/serving:1' } },
});
const [uploaded] = await operation.promise();
const [model] = await models.getModel({ name: uploaded.model });
const [job] = await jobs.createBatchPredictionJob({
  parent,
  batchPredictionJob: {
    displayName: 'bundled-batch',
    model: model.name,
    inputConfig: { instancesFormat: 'jsonl', gcsSource: { uris: ['gs://bundled-in/x.jsonl'] } },
    outputConfig: { predictionsFormat: 'jsonl', gcsDestination: { outputUriPrefix: 'gs://bundled-out/p/' } },
  },
});
const states = [String(job.state)];
while (states.length < 6 && states.at(-1) !== 'JOB_STATE_SUCCEEDED') {
  states.push(String((await jobs.getBatchPredictionJob({ name: job.name }))[0].state));
}
await Promise.all([probe.close(), models.close(), jobs.close()]);
console.log(JSON.stringify({ model: uploaded.model, displayName: model.displayName, states }));
