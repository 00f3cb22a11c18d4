import type { protos } from '@google-cloud/aiplatform';
import { systemClock } from './clock.ts';
import type { VertexConnection } from './connection.ts';
import { compareFingerprint, type Fingerprint, fingerprintLabels, fingerprintOf } from './fingerprint.ts';
import { GRPC, grpcCode, VertexCallError } from './grpc-errors.ts';
import { isTerminal, type PipelineJob, pipelineState } from './pipeline-job-view.ts';
import { type CallOptions, CREATE_TIMEOUT_MS, findPipelineJob, pipelineJobName } from './pipeline-jobs.ts';
import { withRetry } from './retry.ts';
import { toProtoValue, toStruct } from './struct.ts';

/** A runtime parameter in the legacy `runtimeConfig.parameters` form (pipeline spec schema 2.0.0). */
export type LegacyParameterValue = { stringValue: string } | { intValue: number } | { doubleValue: number };

export interface PipelineJobRequest {
  /** `[a-z][-a-z0-9]{0,127}`; fixed, so that repeating the create cannot start a second run. */
  jobId: string;
  displayName: string;
  /** The PipelineSpec as JSON. */
  pipelineSpec: Record<string, unknown>;
  /** Hex SHA-256 of the spec (pipeline-spec's specSha256), stored in a label. */
  specSha256: string;
  labels: Record<string, string>;
  runtimeConfig: {
    gcsOutputDirectory?: string;
    /** Schema 2.1.0 and later: plain JSON values. */
    parameterValues?: Record<string, unknown>;
    /** Schema 2.0.0 (TFX): typed values. */
    parameters?: Record<string, LegacyParameterValue>;
    failurePolicy?: 'PIPELINE_FAILURE_POLICY_FAIL_SLOW' | 'PIPELINE_FAILURE_POLICY_FAIL_FAST';
  };
  /** The Artifact Registry URL the spec came from, linked in the console. */
  templateUri?: string;
  serviceAccount?: string;
  /** `projects/<number>/global/networks/<name>` */
  network?: string;
  /** Cloud KMS key: `projects/…/locations/…/keyRings/…/cryptoKeys/…` */
  encryptionKey?: string;
}

export type Submission =
  | { outcome: 'created'; job: PipelineJob }
  /**
   * An existing job with the same spec and settings: under this very id (this step ran before, or
   * a create whose answer was lost did succeed), or under the id of an earlier attempt that is
   * still running or succeeded.
   */
  | { outcome: 'attached'; job: PipelineJob; via: 'same-id' | 'earlier-attempt' };

/** A different job already holds the id. */
export class JobIdTakenError extends Error {
  readonly jobName: string;

  constructor(jobName: string, difference: 'other-spec' | 'other-config' | 'unlabelled') {
    const what = {
      'other-spec': 'was created from a different pipeline spec',
      'other-config':
        'runs the same spec with different parameters or settings (pipeline root, service account, network, key)',
      unlabelled:
        'was not created by this action (it has no mlops-spec-sha256 label), so it cannot be told apart from another run',
    }[difference];
    super(
      `Pipeline job ${jobName} already exists and ${what}. A job id names one run: set job-id to a new id, or delete that job.`,
    );
    this.name = 'JobIdTakenError';
    this.jobName = jobName;
  }
}

export interface SubmitOptions extends CallOptions {
  /**
   * Ids of jobs that earlier attempts of this run created (newest first). One that has the same
   * fingerprint and has not failed or been cancelled is followed instead of starting another run.
   */
  earlierJobIds?: readonly string[];
}

/**
 * Creates a pipeline job under a fixed id, idempotently: a transient error (UNAVAILABLE, a lost
 * answer) is retried, and a repeat that finds ALREADY_EXISTS attaches to the job when its
 * fingerprint labels match, or fails with JobIdTakenError when they do not.
 */
export async function submitPipelineJob(
  connection: VertexConnection,
  request: PipelineJobRequest,
  options: SubmitOptions = {},
): Promise<Submission> {
  const fingerprint = fingerprintOf(request.specSha256, settingsOf(request));
  for (const earlierId of options.earlierJobIds ?? []) {
    const earlier = await findPipelineJob(connection, pipelineJobName(connection, earlierId), options);
    if (earlier && reusable(earlier, fingerprint))
      return { outcome: 'attached', job: earlier, via: 'earlier-attempt' };
  }
  const pipelineJob = pipelineJobMessage(request, fingerprint);
  try {
    const [job] = await withRetry(
      () =>
        connection
          .pipelines()
          .createPipelineJob(
            { parent: connection.parent, pipelineJobId: request.jobId, pipelineJob },
            { timeout: options.timeoutMs ?? CREATE_TIMEOUT_MS },
          ),
      {
        clock: options.clock ?? systemClock,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
      },
    );
    return { outcome: 'created', job };
  } catch (error) {
    if (grpcCode(error) !== GRPC.ALREADY_EXISTS) {
      throw new VertexCallError(`Creating pipeline job ${request.jobId} in ${connection.parent}`, error);
    }
  }
  const name = pipelineJobName(connection, request.jobId);
  const existing = await findPipelineJob(connection, name, options);
  if (!existing)
    throw new Error(`Vertex AI said pipeline job ${name} already exists, then that it does not.`);
  const comparison = compareFingerprint(existing.labels, fingerprint);
  if (comparison !== 'same') throw new JobIdTakenError(name, comparison);
  return { outcome: 'attached', job: existing, via: 'same-id' };
}

/** An earlier attempt's job worth following: same fingerprint, and not failed or cancelled. */
function reusable(job: PipelineJob, fingerprint: Fingerprint): boolean {
  const state = pipelineState(job);
  const ended = isTerminal(state) && state !== 'SUCCEEDED';
  return compareFingerprint(job.labels, fingerprint) === 'same' && !ended && state !== 'CANCELLING';
}

/** What, beside the spec, makes two runs the same run. */
function settingsOf(request: PipelineJobRequest): unknown {
  return {
    runtimeConfig: request.runtimeConfig,
    serviceAccount: request.serviceAccount,
    network: request.network,
    encryptionKey: request.encryptionKey,
    templateUri: request.templateUri,
  };
}

function pipelineJobMessage(
  request: PipelineJobRequest,
  fingerprint: Fingerprint,
): protos.google.cloud.aiplatform.v1.IPipelineJob {
  const { runtimeConfig } = request;
  const job: protos.google.cloud.aiplatform.v1.IPipelineJob = {
    displayName: request.displayName,
    pipelineSpec: toStruct(request.pipelineSpec),
    labels: { ...request.labels, ...fingerprintLabels(fingerprint) },
    runtimeConfig: {
      ...(runtimeConfig.gcsOutputDirectory ? { gcsOutputDirectory: runtimeConfig.gcsOutputDirectory } : {}),
      ...(runtimeConfig.parameterValues
        ? {
            parameterValues: Object.fromEntries(
              Object.entries(runtimeConfig.parameterValues).map(([key, value]) => [key, toProtoValue(value)]),
            ),
          }
        : {}),
      ...(runtimeConfig.parameters ? { parameters: runtimeConfig.parameters } : {}),
      ...(runtimeConfig.failurePolicy ? { failurePolicy: runtimeConfig.failurePolicy } : {}),
    },
  };
  if (request.templateUri) job.templateUri = request.templateUri;
  if (request.serviceAccount) job.serviceAccount = request.serviceAccount;
  if (request.network) job.network = request.network;
  if (request.encryptionKey) job.encryptionSpec = { kmsKeyName: request.encryptionKey };
  return job;
}
