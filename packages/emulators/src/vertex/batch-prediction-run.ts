import { createHash } from 'node:crypto';
import { type ObjectStore, parseGsUri } from '../object-store.ts';
import type { BatchPredictionJobInput } from './proto-types.ts';
import { isJsonObject, type Json } from './proto-values.ts';

/**
 * What a batch prediction job does when it runs: reads JSONL instances through the ObjectStore (the
 * Cloud Storage stand-in), asks the predictor, and writes what Vertex AI writes under
 * `<outputUriPrefix>/prediction-<model-display-name>-<create time, YYYY_MM_DDThh_mm_ss_sssZ>/`:
 * `prediction.results-0000i-of-0000N` lines `{"instance": …, "prediction": …}` (or `"key"` with
 * instanceConfig.keyField) and `prediction.errors_stats-00000-of-00001` with failed instances.
 */

export interface ModelInfo {
  name: string;
  displayName: string;
  versionId: string;
  artifactUri?: string;
  labels: Record<string, string>;
}

export type Predictor = (instance: Json, model: ModelInfo) => Json | Promise<Json>;

/** The default predictor: a deterministic score in [0, 1) from the instance's JSON, and its label. */
export const toyPredictor: Predictor = (instance) => {
  const digest = createHash('sha256').update(JSON.stringify(instance)).digest();
  const score = Math.round((digest.readUInt32BE(0) / 2 ** 32) * 10_000) / 10_000;
  return { score, label: score >= 0.5 ? 'positive' : 'negative' };
};

export interface BatchRunResult {
  outputDirectory: string;
  successful: number;
  failed: number;
}

/** A failure of the whole job (no input, unwritable output); becomes BatchPredictionJob.error. */
export class BatchRunError extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

export async function runBatchPrediction(options: {
  store: ObjectStore;
  job: BatchPredictionJobInput;
  model: ModelInfo;
  predictor: Predictor;
  createTime: Date;
  shardSize: number;
}): Promise<BatchRunResult> {
  const { store, job, model, predictor } = options;
  const results: string[] = [];
  const errors: string[] = [];
  const keyField = job.instanceConfig?.keyField;
  for (const file of await inputFiles(store, job.inputConfig?.gcsSource?.uris ?? [])) {
    for (const line of file.split('\n')) {
      if (line.trim() === '') continue;
      let instance: Json;
      try {
        instance = JSON.parse(line) as Json;
      } catch {
        errors.push(
          JSON.stringify({ instance: line, error: { code: 3, message: 'The instance is not valid JSON.' } }),
        );
        continue;
      }
      const input = keyField && isJsonObject(instance) ? { key: instance[keyField] ?? null } : { instance };
      try {
        const prediction = await predictor(modelInstance(instance, job), model);
        results.push(JSON.stringify({ ...input, prediction }));
      } catch (error) {
        errors.push(JSON.stringify({ ...input, error: { code: 3, message: (error as Error).message } }));
      }
    }
  }
  const prefix = (job.outputConfig?.gcsDestination?.outputUriPrefix ?? '').replace(/\/+$/, '');
  const stamp = options.createTime.toISOString().replace(/[-:.]/g, '_');
  const outputDirectory = `${prefix}/prediction-${model.displayName.replaceAll('/', '_')}-${stamp}`;
  const shards = Math.max(1, Math.ceil(results.length / options.shardSize));
  for (let shard = 0; shard < shards; shard++) {
    const lines = results.slice(shard * options.shardSize, (shard + 1) * options.shardSize);
    await write(store, `${outputDirectory}/prediction.results-${pad(shard)}-of-${pad(shards)}`, lines);
  }
  await write(store, `${outputDirectory}/prediction.errors_stats-00000-of-00001`, errors);
  return { outputDirectory, successful: results.length, failed: errors.length };
}

/** The instance the model sees: instanceConfig's included/excluded fields and key field applied. */
function modelInstance(instance: Json, job: BatchPredictionJobInput): Json {
  const config = job.instanceConfig;
  if (!config || !isJsonObject(instance)) return instance;
  const included = config.includedFields ?? [];
  const excluded = new Set([...(config.excludedFields ?? []), ...(config.keyField ? [config.keyField] : [])]);
  const entries = Object.entries(instance).filter(
    ([field]) => (included.length === 0 || included.includes(field)) && !excluded.has(field),
  );
  if (config.instanceType === 'array') {
    return included.length > 0
      ? included.map((field) => instance[field] ?? null)
      : entries.map(([, value]) => value);
  }
  return Object.fromEntries(entries);
}

/** The objects the gcsSource URIs name; `*` (within a path segment) and `**` are wildcards. */
async function inputFiles(store: ObjectStore, uris: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const uri of uris) {
    const { bucket, name } = parseGsUri(uri) as { bucket: string; name: string };
    const wildcard = name.search(/[*?]/);
    if (wildcard < 0) {
      const data = await store.read(bucket, name);
      if (data) files.push(data.toString('utf8'));
      continue;
    }
    const pattern = globToRegExp(name);
    for (const object of await store.list(bucket, name.slice(0, wildcard))) {
      if (!pattern.test(object.name)) continue;
      const data = await store.read(bucket, object.name);
      if (data) files.push(data.toString('utf8'));
    }
  }
  if (files.length === 0) {
    throw new BatchRunError(3, `No files matched the input URIs: ${uris.join(', ')}.`);
  }
  return files;
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 's');
}

async function write(store: ObjectStore, uri: string, lines: string[]): Promise<void> {
  const { bucket, name } = parseGsUri(uri) as { bucket: string; name: string };
  try {
    await store.write(bucket, name, Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'));
  } catch (error) {
    throw new BatchRunError(7, `Cannot write ${uri}: ${(error as Error).message}`);
  }
}

function pad(n: number): string {
  return String(n).padStart(5, '0');
}
