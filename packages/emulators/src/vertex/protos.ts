import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';

/** The gRPC services the stand-in serves, by their full proto names. */
export const SERVICE_NAMES = {
  pipeline: 'google.cloud.aiplatform.v1.PipelineService',
  job: 'google.cloud.aiplatform.v1.JobService',
  model: 'google.cloud.aiplatform.v1.ModelService',
  operations: 'google.longrunning.Operations',
} as const;

export type ServiceKey = keyof typeof SERVICE_NAMES;

const PROTO_FILES = [
  'google/cloud/aiplatform/v1/pipeline_service.proto',
  'google/cloud/aiplatform/v1/job_service.proto',
  'google/cloud/aiplatform/v1/model_service.proto',
  'google/longrunning/operations.proto',
];

/**
 * Where the .proto files come from: the tree @google-cloud/aiplatform ships (build/protos), and for
 * google/api, google/longrunning, google/rpc, google/protobuf the tree of the google-gax that
 * aiplatform itself depends on, so the server and the real client read the very same definitions.
 */
export function protoIncludeDirs(): string[] {
  const require = createRequire(import.meta.url);
  const aiplatformMain = require.resolve('@google-cloud/aiplatform'); // <root>/build/src/index.js
  const gaxMain = createRequire(aiplatformMain).resolve('google-gax'); // <root>/build/src/index.js
  return [join(packageRoot(aiplatformMain), 'build/protos'), join(packageRoot(gaxMain), 'build/protos')];
}

function packageRoot(main: string): string {
  return resolve(dirname(main), '../..');
}

let loaded: Record<ServiceKey, ServiceDefinition> | undefined;

/**
 * The service definitions, loaded once per process (about 0.1 s). Requests arrive as plain objects
 * with camelCase fields, enum names, int64 as strings, and only the fields the client set
 * (`defaults: false`), so the handlers can tell "absent" from "empty" as the real service does.
 */
export function vertexServices(): Record<ServiceKey, ServiceDefinition> {
  if (loaded) return loaded;
  const definition = loadSync(PROTO_FILES, {
    includeDirs: protoIncludeDirs(),
    keepCase: false,
    longs: String,
    enums: String,
    defaults: false,
    arrays: true,
    oneofs: true,
  });
  const services = {} as Record<ServiceKey, ServiceDefinition>;
  for (const [key, name] of Object.entries(SERVICE_NAMES) as [ServiceKey, string][]) {
    const service = definition[name];
    if (!service) throw new Error(`${name} is missing from the shipped .proto files`);
    services[key] = service as unknown as ServiceDefinition;
  }
  loaded = services;
  return services;
}
