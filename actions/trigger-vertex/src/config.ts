import { InputError, type Inputs, quote, type RunContext } from '@mlops-actions/kit';
import {
  API_ENDPOINT_FORMS,
  parseApiEndpoint,
  regionalEndpoint,
  type VertexEndpoint,
} from '@mlops-actions/vertex';
import {
  DISPLAY_NAME_MAX,
  encryptionKeyProblem,
  JOB_ID,
  networkProblem,
  projectProblem,
  regionProblem,
  serviceAccountProblem,
} from './google-cloud-names.ts';
import { readSpecSource, type SpecSource } from './spec-source.ts';

export interface Config {
  project: string;
  region: string;
  spec: SpecSource;
  displayName: string | undefined;
  jobId: string | undefined;
  /** As given; typed against the spec's parameters once it is read. */
  parameters: Record<string, unknown>;
  pipelineRoot: string | undefined;
  serviceAccount: string | undefined;
  network: string | undefined;
  /** As given; sanitised and merged with the automatic labels once the spec is read. */
  labels: Record<string, string>;
  enableCaching: boolean | undefined;
  encryptionKey: string | undefined;
  wait: boolean;
  timeoutMs: number | undefined;
  cancelOnTimeout: boolean;
  cancelOnWorkflowCancel: boolean;
  endpoint: VertexEndpoint;
}

/**
 * Reads and checks every input before anything is read from or sent to Google Cloud. The Cloud
 * Storage package (and with it its client) is imported only when an input is a gs:// URI.
 */
export async function readConfig(
  inputs: Inputs,
  context: Pick<RunContext, 'workspace' | 'runnerTemp'>,
): Promise<Config> {
  const project = checked(
    inputs.requiredString('project'),
    'project',
    'a Google Cloud project id such as my-project',
    projectProblem,
  );
  const region = checked(
    inputs.requiredString('region'),
    'region',
    'a Google Cloud region such as us-central1',
    regionProblem,
  );
  const spec = await readSpecSource(inputs.requiredString('spec'), context.workspace, context.runnerTemp);
  const pipelineRoot = inputs.optionalString('pipeline-root');
  if (pipelineRoot !== undefined)
    (await import('@mlops-actions/gcs')).parseGsUri(pipelineRoot, 'pipeline-root');
  const encryptionKey = inputs.optionalString('encryption-key');
  return {
    project,
    region,
    spec,
    displayName: readDisplayName(inputs.optionalString('display-name')),
    jobId: readJobId(inputs.optionalString('job-id')),
    parameters: inputs.object('parameters') ?? {},
    pipelineRoot,
    serviceAccount: optionalChecked(
      inputs.optionalString('service-account'),
      'service-account',
      'a service account e-mail address such as pipelines@my-project.iam.gserviceaccount.com',
      serviceAccountProblem,
    ),
    network: optionalChecked(
      inputs.optionalString('network'),
      'network',
      'a VPC network such as projects/123456789/global/networks/my-vpc',
      networkProblem,
    ),
    labels: readLabels(inputs.object('labels')),
    enableCaching:
      inputs.optionalString('enable-caching') === undefined
        ? undefined
        : inputs.boolean('enable-caching', true),
    encryptionKey: optionalChecked(
      encryptionKey,
      'encryption-key',
      'a Cloud KMS key name such as projects/my-project/locations/us-central1/keyRings/ring/cryptoKeys/key',
      (key) => encryptionKeyProblem(key, region),
    ),
    wait: inputs.boolean('wait', true),
    timeoutMs: readTimeout(inputs),
    cancelOnTimeout: inputs.boolean('cancel-on-timeout', false),
    cancelOnWorkflowCancel: inputs.boolean('cancel-on-workflow-cancel', true),
    endpoint: readEndpoint(inputs.optionalString('api-endpoint'), region),
  };
}

function checked(
  value: string,
  input: string,
  accepted: string,
  problemOf: (value: string) => string | undefined,
): string {
  const problem = problemOf(value);
  if (problem !== undefined) {
    throw new InputError(
      input,
      value,
      `Input ${quote(input)} must be ${accepted}; got ${quote(value)}: ${problem}.`,
    );
  }
  return value;
}

function optionalChecked(
  value: string | undefined,
  input: string,
  accepted: string,
  problemOf: (value: string) => string | undefined,
): string | undefined {
  return value === undefined ? undefined : checked(value, input, accepted, problemOf);
}

function readDisplayName(value: string | undefined): string | undefined {
  if (value !== undefined && [...value].length > DISPLAY_NAME_MAX) {
    throw new InputError(
      'display-name',
      value,
      `Input "display-name" must be at most ${DISPLAY_NAME_MAX} characters; got ${[...value].length}.`,
    );
  }
  return value;
}

function readJobId(value: string | undefined): string | undefined {
  if (value !== undefined && !JOB_ID.test(value)) {
    throw new InputError(
      'job-id',
      value,
      `Input "job-id" must be a Vertex AI pipeline job id: a lowercase letter, then up to 127 lowercase letters, digits or "-"; got ${quote(value)}.`,
    );
  }
  return value;
}

function readLabels(labels: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (value !== null && typeof value === 'object') {
      throw new InputError(
        'labels',
        key,
        `Input "labels" must be a mapping of label names to text, such as "team: vision"; the value of ${quote(key)} is a ${Array.isArray(value) ? 'list' : 'mapping'}.`,
      );
    }
    result[key] = value === null ? '' : String(value);
  }
  return result;
}

function readTimeout(inputs: Inputs): number | undefined {
  const ms = inputs.duration('timeout');
  if (ms !== undefined && ms <= 0) {
    const value = inputs.string('timeout');
    throw new InputError(
      'timeout',
      value,
      `Input "timeout" must be a duration greater than zero, such as 90s, 45m or 2h30m; got ${quote(value)}. Leave it empty to wait as long as the job runs.`,
    );
  }
  return ms;
}

function readEndpoint(value: string | undefined, region: string): VertexEndpoint {
  if (value === undefined) return regionalEndpoint(region);
  const endpoint = parseApiEndpoint(value);
  if ('problem' in endpoint) {
    throw new InputError(
      'api-endpoint',
      value,
      `Input "api-endpoint" must be ${API_ENDPOINT_FORMS}; got ${quote(value)}: ${endpoint.problem}.`,
    );
  }
  return endpoint;
}
