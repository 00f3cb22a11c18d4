import { type ImageMention, listImageMentions, type PipelineSpec } from '@mlops-actions/pipeline-spec';
import type { DemoStandIns } from './stand-ins.ts';

export interface VertexJobState {
  name: string;
  displayName: string;
  state: string;
  /** Runtime parameters as created (parameterValues and the legacy parameters). */
  parameters: Record<string, unknown>;
  /** The distinct container images of the spec the job runs. */
  images: string[];
  /**
   * Every image reference in the spec the job runs, with where it sits: executors' images and
   * those inside constants, such as the Trainer's custom_config.
   */
  imageReferences: ImageMention[];
  /** The Vertex AI Training images of TFX Trainers: custom_config's worker_pool_specs[].container_spec.image_uri. */
  trainingImages: string[];
  labels: Record<string, string>;
}

export interface EndState {
  vertexJobs: VertexJobState[];
  /** tag → manifest digest, in the image repository. */
  imageTags: Record<string, string>;
  /** Objects under the modules prefix, as gs:// URIs. */
  modules: string[];
}

/** What the runs left in the stand-ins: Vertex AI jobs, images in the registry, objects in the bucket. */
export async function collectEndState(
  standIns: DemoStandIns,
  where: { imageRepository: string; bucket: string; modulesPrefix: string },
): Promise<EndState> {
  const response = await fetch(`${standIns.vertex.controlUrl}/_emulator/jobs`);
  const { pipelineJobs } = (await response.json()) as { pipelineJobs: { name: string }[] };
  const vertexJobs = pipelineJobs.map(({ name }) => describeJob(standIns.vertex.pipelineJob(name) ?? {}));
  const repository = standIns.registry
    .reference(where.imageRepository)
    .slice(`${standIns.registry.host}/`.length);
  const imageTags: Record<string, string> = {};
  for (const tag of await standIns.registry.listTags(repository)) {
    imageTags[tag] = (await standIns.registry.manifest(`${repository}:${tag}`)).digest;
  }
  const objects = await standIns.gcs.store.list(where.bucket, where.modulesPrefix);
  return { vertexJobs, imageTags, modules: objects.map((object) => `gs://${object.bucket}/${object.name}`) };
}

function describeJob(job: Record<string, unknown>): VertexJobState {
  const runtime = (job.runtimeConfig ?? {}) as {
    parameterValues?: Record<string, unknown>;
    parameters?: Record<string, unknown>;
  };
  const parameters: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(runtime.parameterValues ?? {}))
    parameters[name] = protoValue(value);
  for (const [name, value] of Object.entries(runtime.parameters ?? {})) parameters[name] = legacyValue(value);
  const spec = protoValue({ structValue: job.pipelineSpec }) as {
    deploymentSpec?: { executors?: Record<string, { container?: { image?: string } }> };
  };
  const images = new Set<string>();
  for (const executor of Object.values(spec?.deploymentSpec?.executors ?? {})) {
    if (executor.container?.image) images.add(executor.container.image);
  }
  return {
    name: String(job.name ?? ''),
    displayName: String(job.displayName ?? ''),
    state: String(job.state ?? ''),
    parameters,
    images: [...images],
    imageReferences: listImageMentions((spec ?? {}) as PipelineSpec),
    trainingImages: trainingImagesOf(spec),
    labels: (job.labels ?? {}) as Record<string, string>,
  };
}

/** Each task's custom_config constant (TFX writes it as a JSON string), read for its worker pools. */
function trainingImagesOf(spec: unknown): string[] {
  const tasks = ((spec ?? {}) as { root?: { dag?: { tasks?: Record<string, unknown> } } }).root?.dag?.tasks;
  const images: string[] = [];
  for (const task of Object.values(tasks ?? {})) {
    const parameter = (task as { inputs?: { parameters?: Record<string, unknown> } }).inputs?.parameters
      ?.custom_config as { runtimeValue?: { constantValue?: { stringValue?: string }; constant?: string } };
    const text = parameter?.runtimeValue?.constantValue?.stringValue ?? parameter?.runtimeValue?.constant;
    if (typeof text !== 'string') continue;
    const config = JSON.parse(text) as {
      ai_platform_training_args?: { worker_pool_specs?: { container_spec?: { image_uri?: string } }[] };
    } | null;
    for (const pool of config?.ai_platform_training_args?.worker_pool_specs ?? []) {
      if (pool.container_spec?.image_uri) images.push(pool.container_spec.image_uri);
    }
  }
  return images;
}

/** google.protobuf.Value (as proto-loader decodes it) → plain JSON. */
function protoValue(value: unknown): unknown {
  const v = (value ?? {}) as Record<string, unknown>;
  if ('stringValue' in v) return v.stringValue;
  if ('numberValue' in v) return v.numberValue;
  if ('boolValue' in v) return v.boolValue;
  if ('nullValue' in v) return null;
  if ('listValue' in v) return ((v.listValue as { values?: unknown[] }).values ?? []).map(protoValue);
  if ('structValue' in v) {
    const fields = ((v.structValue ?? {}) as { fields?: Record<string, unknown> }).fields ?? {};
    return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, protoValue(field)]));
  }
  return undefined;
}

/** aiplatform's legacy Value (intValue, doubleValue, stringValue) → plain JSON. */
function legacyValue(value: unknown): unknown {
  const v = (value ?? {}) as Record<string, unknown>;
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return v.doubleValue;
  return v.stringValue;
}
