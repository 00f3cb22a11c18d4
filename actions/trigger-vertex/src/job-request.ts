import { InputError, type RunContext } from '@mlops-actions/kit';
import {
  type ParsedPipeline,
  pipelineName,
  plainValue,
  rootParameters,
  specSha256,
} from '@mlops-actions/pipeline-spec';
import type { LegacyParameterValue, PipelineJobRequest } from '@mlops-actions/vertex';
import { withCaching } from './caching.ts';
import type { Config } from './config.ts';
import { refuseCredentials } from './credential-check.ts';
import { DISPLAY_NAME_MAX } from './google-cloud-names.ts';
import { derivedJobId, earlierAttemptJobIds } from './job-id.ts';
import { automaticLabels, mergeLabels } from './labels.ts';
import { checkParameters, legacyValue } from './parameters.ts';

export interface JobPlan {
  request: PipelineJobRequest;
  pipelineName: string;
  /** Jobs of earlier attempts of this run worth following instead of starting another. */
  earlierJobIds: string[];
  /** What label sanitising changed, for the log. */
  labelChanges: string[];
}

/**
 * Everything the create call needs, from the inputs and the pipeline file: parameters typed
 * against the spec, labels merged, the pipeline root found, the job id derived, and the whole job
 * scanned for credentials. Problems are raised before anything is created.
 */
export function planJob(
  config: Config,
  parsed: ParsedPipeline,
  context: Pick<RunContext, 'repository' | 'runId' | 'runAttempt' | 'sha'>,
): JobPlan {
  const name = pipelineName(parsed.spec);
  const declared = rootParameters(parsed.spec, parsed.job);
  checkParameters(config.parameters, declared, name);
  const spec =
    config.enableCaching === undefined ? parsed.spec : withCaching(parsed.spec, config.enableCaching);
  const { labels, changes } = mergeLabels(parsed.job?.labels, automaticLabels(context), config.labels);
  const fileRuntime = parsed.job?.runtimeConfig ?? {};
  const gcsOutputDirectory =
    config.pipelineRoot ?? fileRuntime.gcsOutputDirectory ?? spec.defaultPipelineRoot;
  if (!gcsOutputDirectory) {
    throw new InputError(
      'pipeline-root',
      '',
      'Input "pipeline-root" is required for this pipeline: the spec has no defaultPipelineRoot and the file no runtimeConfig.gcsOutputDirectory. Set it to the gs:// folder where Vertex AI writes the run\'s outputs.',
    );
  }
  const request: PipelineJobRequest = {
    jobId: config.jobId ?? derivedJobId(name, context),
    displayName: displayNameOf(config, parsed, name),
    pipelineSpec: spec,
    specSha256: specSha256(spec),
    labels,
    runtimeConfig: {
      gcsOutputDirectory,
      ...parameterFields(spec.schemaVersion, config.parameters, declared, fileRuntime),
    },
  };
  if (config.spec.kind === 'template') request.templateUri = config.spec.url.href;
  if (config.serviceAccount) request.serviceAccount = config.serviceAccount;
  if (config.network) request.network = config.network;
  if (config.encryptionKey) request.encryptionKey = config.encryptionKey;
  refuseCredentials(request);
  return {
    request,
    pipelineName: name,
    earlierJobIds: config.jobId === undefined ? earlierAttemptJobIds(name, context) : [],
    labelChanges: changes,
  };
}

function displayNameOf(config: Config, parsed: ParsedPipeline, name: string): string {
  const fromSpec = parsed.spec.pipelineInfo?.displayName;
  const displayName =
    config.displayName ?? parsed.job?.displayName ?? (typeof fromSpec === 'string' ? fromSpec : name);
  return [...(displayName || name || 'pipeline')].slice(0, DISPLAY_NAME_MAX).join('');
}

/**
 * Runtime parameters as the spec's schema wants them: 2.0.0 (TFX) in the typed legacy
 * `parameters`, 2.1.0 (KFP 2) as plain `parameterValues`. The file's own values come first; the
 * input overrides them.
 */
function parameterFields(
  schemaVersion: string | undefined,
  given: Record<string, unknown>,
  declared: ReturnType<typeof rootParameters>,
  fileRuntime: NonNullable<ParsedPipeline['job']>['runtimeConfig'] & object,
): Pick<PipelineJobRequest['runtimeConfig'], 'parameters' | 'parameterValues'> {
  const typeOf = new Map(declared.map((p) => [p.name, p.type]));
  if (schemaVersion === '2.0.0') {
    const parameters: Record<string, LegacyParameterValue> = {};
    for (const [name, value] of Object.entries(fileRuntime.parameters ?? {})) {
      parameters[name] = legacyValue(typeOf.get(name) ?? 'STRING', plainValue(value));
    }
    for (const [name, value] of Object.entries(given)) {
      parameters[name] = legacyValue(typeOf.get(name) ?? 'STRING', value);
    }
    return Object.keys(parameters).length === 0 ? {} : { parameters };
  }
  const parameterValues = { ...(fileRuntime.parameterValues ?? {}), ...given };
  return Object.keys(parameterValues).length === 0 ? {} : { parameterValues };
}
