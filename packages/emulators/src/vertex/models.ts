import type { IdSource } from './ids.ts';
import { validateLabels } from './labels.ts';
import { compileFilter, type FilterSpec } from './list-filter.ts';
import { type OrderFields, paginate, sortBy } from './list-pages.ts';
import { anyOf, type OperationStore } from './operations.ts';
import type { ListRequest, ModelInput } from './proto-types.ts';
import { toTimestamp } from './proto-values.ts';
import type { LocationRef, Scope } from './resource-names.ts';
import { alreadyExists, invalidArgument, notFound } from './vertex-error.ts';

/**
 * google.cloud.aiplatform.v1.ModelService, as far as batch prediction needs it: UploadModel (an
 * operation; the model appears when it is done), GetModel (`models/{id}`, `@{version}` or
 * `@{alias}`), ListModels (default versions, filter on model, display_name, labels).
 */

export interface ModelVersion {
  versionId: string;
  aliases: string[];
  input: ModelInput;
  createTime: Date;
  updateTime: Date;
}

export interface ModelRecord {
  name: string;
  id: string;
  location: LocationRef;
  createTime: Date;
  versions: ModelVersion[];
}

/** The formats Vertex AI lists for a custom-container model. */
export const INPUT_FORMATS = ['jsonl', 'bigquery', 'csv', 'tf-record', 'tf-record-gzip', 'file-list'];
export const OUTPUT_FORMATS = ['jsonl', 'bigquery', 'csv'];

/** UploadModelRequest.model_id: up to 63 of [a-z0-9_-], not starting with a digit or hyphen. */
const MODEL_ID = /^[a-z_][a-z0-9_-]{0,62}$/;
const ALIAS = /^[a-z][a-zA-Z0-9-]{0,126}[a-z0-9]$/;

export interface ModelsDeps {
  scope: Scope;
  operations: OperationStore;
  ids: IdSource;
  now: () => Date;
}

export class Models {
  readonly models = new Map<string, ModelRecord>();
  /** Ids taken by uploads still in progress, so a second upload with the same id is refused. */
  private readonly pending = new Set<string>();
  private readonly deps: ModelsDeps;

  constructor(deps: ModelsDeps) {
    this.deps = deps;
  }

  handlers() {
    return {
      UploadModel: (request: unknown) => this.upload(request as UploadRequest),
      GetModel: (request: unknown) => {
        const { model, version } = this.resolve((request as { name?: string }).name, 'aiplatform.models.get');
        return this.toProto(model, version);
      },
      ListModels: (request: unknown) => this.list(request as ListRequest),
    };
  }

  /** A model and version by resource name (`…/models/{id}`, optionally `@{versionId|alias}`). */
  resolve(name: string | undefined, permission: string): { model: ModelRecord; version: ModelVersion } {
    const ref = this.deps.scope.parseName(name, 'models', permission);
    const model = this.models.get(`${this.deps.scope.locationName(ref)}/models/${ref.id}`);
    const version = model?.versions.find((candidate) =>
      ref.version
        ? candidate.versionId === ref.version || candidate.aliases.includes(ref.version)
        : candidate.aliases.includes('default'),
    );
    if (!model || !version) throw notFound(`The Model "${name}" does not exist.`);
    return { model, version };
  }

  toProto(model: ModelRecord, version: ModelVersion): Record<string, unknown> {
    const updateTime = new Date(
      Math.max(model.createTime.getTime(), ...model.versions.map((v) => v.updateTime.getTime())),
    );
    return {
      ...version.input,
      name: model.name,
      versionId: version.versionId,
      versionAliases: version.aliases,
      versionCreateTime: toTimestamp(version.createTime),
      versionUpdateTime: toTimestamp(version.updateTime),
      supportedDeploymentResourcesTypes: ['DEDICATED_RESOURCES', 'SHARED_RESOURCES'],
      supportedInputStorageFormats: INPUT_FORMATS,
      supportedOutputStorageFormats: OUTPUT_FORMATS,
      createTime: toTimestamp(model.createTime),
      updateTime: toTimestamp(updateTime),
      etag: `AMEw9yP${version.versionId}${model.id.slice(-6)}`,
    };
  }

  private upload(request: UploadRequest): Record<string, unknown> {
    const location = this.deps.scope.parseParent(request.parent, 'aiplatform.models.upload');
    const input = request.model;
    if (!input) throw invalidArgument('model is required.', 'model');
    if (!input.displayName) throw invalidArgument('model.display_name is required.', 'model.display_name');
    validateLabels(input.labels, 'model.labels');
    if (!input.containerSpec?.imageUri) {
      throw invalidArgument(
        'model.container_spec.image_uri is required for a model that is not trained by AutoML.',
        'model.container_spec.image_uri',
      );
    }
    if (input.artifactUri && !/^gs:\/\/[^/]+/.test(input.artifactUri)) {
      throw invalidArgument(
        `model.artifact_uri "${input.artifactUri}" is not a Cloud Storage URI.`,
        'model.artifact_uri',
      );
    }
    for (const alias of input.versionAliases ?? []) {
      if (alias !== 'default' && !ALIAS.test(alias)) {
        throw invalidArgument(`Invalid version alias "${alias}".`, 'model.version_aliases');
      }
    }
    const locationName = this.deps.scope.locationName(location);
    let parent: ModelRecord | undefined;
    if (request.parentModel) {
      parent = this.resolve(request.parentModel, 'aiplatform.models.upload').model;
    } else if (request.modelId !== undefined && request.modelId !== '' && !MODEL_ID.test(request.modelId)) {
      throw invalidArgument(
        `Invalid model_id "${request.modelId}": up to 63 of lowercase letters, digits, "_" and "-", not starting with a digit or "-".`,
        'model_id',
      );
    }
    const id = parent?.id ?? (request.modelId || this.deps.ids.id());
    const name = `${locationName}/models/${id}`;
    if (!parent && (this.models.has(name) || this.pending.has(name))) {
      throw alreadyExists(`Model with the specified ID "${id}" already exists.`);
    }
    if (!parent) this.pending.add(name);
    const stored: ModelInput = { ...input };
    for (const field of ['name', 'versionId', 'createTime', 'updateTime', 'etag']) delete stored[field];
    return this.deps.operations.start(
      `${name}/operations/${this.deps.ids.id()}`,
      'google.cloud.aiplatform.v1.UploadModelOperationMetadata',
      () => {
        const versionId = this.addVersion(name, id, location, stored);
        return {
          response: anyOf('google.cloud.aiplatform.v1.UploadModelResponse', {
            model: name,
            modelVersionId: versionId,
          }),
        };
      },
    );
  }

  private addVersion(name: string, id: string, location: LocationRef, input: ModelInput): string {
    const now = this.deps.now();
    this.pending.delete(name);
    let model = this.models.get(name);
    if (!model) {
      model = { name, id, location, createTime: now, versions: [] };
      this.models.set(name, model);
    }
    const versionId = String(model.versions.length + 1);
    const aliases = [...(input.versionAliases ?? [])].filter((alias) => alias !== 'default');
    const makeDefault = model.versions.length === 0 || (input.versionAliases ?? []).includes('default');
    if (makeDefault) {
      for (const version of model.versions)
        version.aliases = version.aliases.filter((alias) => alias !== 'default');
      aliases.unshift('default');
    }
    const { versionAliases: _ignored, ...rest } = input;
    model.versions.push({ versionId, aliases, input: rest, createTime: now, updateTime: now });
    return versionId;
  }

  private list(request: ListRequest): Record<string, unknown> {
    const location = this.deps.scope.parseParent(request.parent, 'aiplatform.models.list');
    const prefix = `${this.deps.scope.locationName(location)}/models/`;
    const matches = compileFilter(request.filter, LIST_FILTER);
    const selected = [...this.models.values()]
      .filter((model) => model.name.startsWith(prefix))
      .map((model) => ({ model, version: defaultVersion(model) }))
      .filter((entry) => matches(entry));
    const sorted = sortBy(selected, request.orderBy, ORDER_FIELDS, 'create_time');
    const page = paginate(sorted, request, `${prefix}|${request.filter ?? ''}|${request.orderBy ?? ''}`);
    return {
      models: page.items.map((entry) => this.toProto(entry.model, entry.version)),
      nextPageToken: page.nextPageToken,
    };
  }
}

interface UploadRequest {
  parent?: string;
  parentModel?: string;
  modelId?: string;
  model?: ModelInput;
}

type Entry = { model: ModelRecord; version: ModelVersion };

function defaultVersion(model: ModelRecord): ModelVersion {
  return (model.versions.find((version) => version.aliases.includes('default')) ??
    model.versions[0]) as ModelVersion;
}

const LIST_FILTER: FilterSpec<Entry> = {
  fields: {
    model: { kind: 'string', get: (entry) => entry.model.id },
    display_name: { kind: 'string', get: (entry) => entry.version.input.displayName ?? '' },
  },
  labels: (entry) => entry.version.input.labels ?? {},
};

const ORDER_FIELDS: OrderFields<Entry> = {
  display_name: (entry) => entry.version.input.displayName ?? '',
  create_time: (entry) => entry.model.createTime,
  update_time: (entry) => entry.version.updateTime,
};
