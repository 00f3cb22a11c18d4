import { paginate } from './list-pages.ts';
import type { ListRequest, ProtoStatus } from './proto-types.ts';
import { toTimestamp } from './proto-values.ts';
import { failedPrecondition, invalidArgument, notFound } from './vertex-error.ts';

/**
 * google.longrunning.Operations for the calls that return an Operation (UploadModel,
 * DeletePipelineJob, DeleteBatchPredictionJob). An operation finishes on the n-th GetOperation
 * (or timer tick), running its completion then, so the client's own polling (operation.promise())
 * is exercised.
 */

export type OperationResult = { response: Record<string, unknown> } | { error: ProtoStatus };

interface OperationRecord {
  name: string;
  metadataType: string;
  createTime: Date;
  updateTime: Date;
  polls: number;
  pollsToDone: number;
  complete: () => Promise<OperationResult> | OperationResult;
  result?: OperationResult;
  /** The completion in flight, so a timer tick and a poll do not run it twice. */
  completing?: Promise<void>;
}

const TYPE_PREFIX = 'type.googleapis.com/';

export class OperationStore {
  private readonly operations = new Map<string, OperationRecord>();
  private readonly pollsToDone: number;
  private readonly now: () => Date;
  private readonly advanceOnPoll: boolean;

  constructor(pollsToDone: number, now: () => Date, advanceOnPoll = true) {
    this.pollsToDone = pollsToDone;
    this.now = now;
    this.advanceOnPoll = advanceOnPoll;
  }

  /** Registers an operation named `{resource}/operations/{id}`; returns it as the RPC's answer. */
  start(name: string, metadataType: string, complete: OperationRecord['complete']): Record<string, unknown> {
    const now = this.now();
    const record: OperationRecord = {
      name,
      metadataType,
      createTime: now,
      updateTime: now,
      polls: 0,
      pollsToDone: this.pollsToDone,
      complete,
    };
    this.operations.set(name, record);
    return this.toProto(record);
  }

  /** A timer tick: operations progress as if polled. */
  async tickAll(): Promise<void> {
    for (const record of this.operations.values()) await this.advance(record);
  }

  handlers() {
    return {
      GetOperation: async (request: unknown) => {
        const record = this.find((request as { name?: string }).name);
        if (this.advanceOnPoll) await this.advance(record);
        return this.toProto(record);
      },
      ListOperations: (request: unknown) => {
        const { name = '', ...page } = request as ListRequest & { name?: string };
        const matching = [...this.operations.values()].filter((record) => record.name.startsWith(`${name}/`));
        const { items, nextPageToken } = paginate(matching, page, `operations ${name}`);
        return { operations: items.map((record) => this.toProto(record)), nextPageToken };
      },
      DeleteOperation: (request: unknown) => {
        const record = this.find((request as { name?: string }).name);
        this.operations.delete(record.name);
        return {};
      },
      CancelOperation: (request: unknown) => {
        const record = this.find((request as { name?: string }).name);
        if (record.result)
          throw failedPrecondition(`Operation ${record.name} is done and cannot be cancelled.`);
        record.result = { error: { code: 1, message: 'Operation was cancelled.' } };
        record.updateTime = this.now();
        return {};
      },
      WaitOperation: async (request: unknown) => {
        const record = this.find((request as { name?: string }).name);
        while (!record.result) await this.advance(record);
        return this.toProto(record);
      },
    };
  }

  private find(name: string | undefined): OperationRecord {
    if (!name) throw invalidArgument('The operation name is required.', 'name');
    const record = this.operations.get(name);
    if (!record) throw notFound(`Operation ${name} not found.`);
    return record;
  }

  private async advance(record: OperationRecord): Promise<void> {
    if (record.result) return;
    if (record.completing) return record.completing;
    record.polls++;
    if (record.polls < record.pollsToDone) return;
    record.completing = (async () => {
      record.result = await record.complete();
      record.updateTime = this.now();
    })();
    await record.completing;
  }

  private toProto(record: OperationRecord): Record<string, unknown> {
    const result = record.result;
    return {
      name: record.name,
      metadata: {
        '@type': `${TYPE_PREFIX}${record.metadataType}`,
        genericMetadata: {
          createTime: toTimestamp(record.createTime),
          updateTime: toTimestamp(record.updateTime),
        },
      },
      done: result !== undefined,
      ...(result && 'response' in result ? { response: result.response } : {}),
      ...(result && 'error' in result ? { error: result.error } : {}),
    };
  }
}

/** An Any holding `type` (a full proto name) with these fields, for Operation.response. */
export function anyOf(type: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { '@type': `${TYPE_PREFIX}${type}`, ...fields };
}
