import type { protos } from '@google-cloud/aiplatform';
import { systemClock } from './clock.ts';
import type { VertexConnection } from './connection.ts';
import { GRPC, grpcCode, VertexCallError } from './grpc-errors.ts';
import { type CallOptions, READ_TIMEOUT_MS } from './pipeline-jobs.ts';
import { withRetry } from './retry.ts';

export type Model = protos.google.cloud.aiplatform.v1.IModel;

/**
 * `projects/p/locations/r/models/<id>[@version|@alias]` for a model id (with an optional
 * `@version` or `@alias`), or the name itself when given one.
 */
export function modelName(connection: Pick<VertexConnection, 'parent'>, idOrName: string): string {
  return idOrName.includes('/') ? idOrName : `${connection.parent}/models/${idOrName}`;
}

/** A model (a version of it with `@2` or `@alias`), or undefined when there is none. */
export async function findModel(
  connection: VertexConnection,
  idOrName: string,
  options: CallOptions = {},
): Promise<Model | undefined> {
  const name = modelName(connection, idOrName);
  const client = await connection.models();
  try {
    const [model] = await withRetry(
      () => client.getModel({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      {
        clock: options.clock ?? systemClock,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
      },
    );
    return model;
  } catch (error) {
    if (grpcCode(error) === GRPC.NOT_FOUND) return undefined;
    throw new VertexCallError(`Getting model ${name}`, error);
  }
}

export interface ListModelsOptions extends CallOptions {
  /** e.g. `display_name="cifar10-classifier"` or `labels.stage="released"`. */
  filter?: string;
  /** e.g. `update_time desc`. */
  orderBy?: string;
  max?: number;
}

/** Models of the connection's project and region, up to `max` (default 100). */
export async function listModels(
  connection: VertexConnection,
  options: ListModelsOptions = {},
): Promise<Model[]> {
  const client = await connection.models();
  const max = options.max ?? 100;
  const models: Model[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const request = {
        parent: connection.parent,
        pageSize: Math.min(max - models.length, 100),
        ...(options.filter ? { filter: options.filter } : {}),
        ...(options.orderBy ? { orderBy: options.orderBy } : {}),
        ...(pageToken ? { pageToken } : {}),
      };
      const [page, , response] = await withRetry(
        () =>
          client.listModels(request, { autoPaginate: false, timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
        { clock: options.clock ?? systemClock, ...(options.signal ? { signal: options.signal } : {}) },
      );
      models.push(...page);
      pageToken = response?.nextPageToken || undefined;
    } while (pageToken && models.length < max);
  } catch (error) {
    throw new VertexCallError(`Listing models in ${connection.parent}`, error);
  }
  return models.slice(0, max);
}
