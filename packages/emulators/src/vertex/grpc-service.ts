import {
  type ServerUnaryCall,
  type ServiceDefinition,
  type sendUnaryData,
  status,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { FaultAction, FaultInjector } from '../faults.ts';
import { toStatus, unimplemented, VertexError } from './vertex-error.ts';

/** One RPC as the stand-in answered it, for tests that assert a retry did (or did not) happen. */
export interface CallRecord {
  method: string;
  path: string;
  code: number;
}

export type Handler = (request: unknown) => unknown;

/**
 * The implementation grpc-js serves for one service: every unary method of the definition runs the
 * fault rules first (by method name and full path, e.g.
 * `/google.cloud.aiplatform.v1.PipelineService/CreatePipelineJob`), then its handler, or
 * UNIMPLEMENTED when the stand-in has none.
 */
export function implement(
  definition: ServiceDefinition,
  handlers: Record<string, Handler>,
  faults: FaultInjector,
  calls: CallRecord[],
): UntypedServiceImplementation {
  const implementation: UntypedServiceImplementation = {};
  for (const [method, attributes] of Object.entries(definition)) {
    if (attributes.requestStream || attributes.responseStream) continue; // grpc-js answers UNIMPLEMENTED
    const path = attributes.path;
    const handler = handlers[method];
    implementation[method] = (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
      const record = (code: number) => calls.push({ method, path, code });
      run(call, faults.take(method, path), handler, method)
        .then((response) => {
          if (response === DROPPED) {
            record(status.UNAVAILABLE);
            return;
          }
          record(status.OK);
          callback(null, response);
        })
        .catch((error: unknown) => {
          const answer = toStatus(error);
          record(answer.code ?? status.UNKNOWN);
          callback(answer);
        });
    };
  }
  return implementation;
}

const DROPPED = Symbol('dropped');

async function run(
  call: ServerUnaryCall<unknown, unknown>,
  fault: FaultAction | undefined,
  handler: Handler | undefined,
  method: string,
): Promise<unknown> {
  if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (fault?.kind === 'grpc') throw new VertexError(fault.code, fault.message ?? 'Injected fault');
  if (fault?.kind === 'status')
    throw new VertexError(grpcCodeForHttp(fault.status), `Injected HTTP ${fault.status}`);
  if (fault?.kind === 'drop') {
    if (dropConnection(call)) return DROPPED;
    throw new VertexError(status.UNAVAILABLE, 'Connection dropped');
  }
  if (!handler) throw unimplemented(`${method} is not implemented by the Vertex AI stand-in.`);
  return handler(call.request);
}

/**
 * Closes the TCP connection under the call without answering. grpc-js does not expose the HTTP/2
 * stream, so this walks its (stable since 1.10) internals; if they move, the fault degrades to an
 * UNAVAILABLE answer instead.
 */
function dropConnection(call: ServerUnaryCall<unknown, unknown>): boolean {
  type Inner = { stream?: { session?: { socket?: { destroy(): void } } }; nextCall?: Inner };
  let inner = (call as unknown as { call?: Inner }).call;
  while (inner && !inner.stream && inner.nextCall) inner = inner.nextCall;
  const socket = inner?.stream?.session?.socket;
  if (!socket) return false;
  socket.destroy();
  return true;
}

/** The usual HTTP → gRPC mapping, so an HTTP-style rule from the shared control API still means something. */
export function grpcCodeForHttp(httpStatus: number): number {
  switch (httpStatus) {
    case 400:
      return status.INVALID_ARGUMENT;
    case 401:
      return status.UNAUTHENTICATED;
    case 403:
      return status.PERMISSION_DENIED;
    case 404:
      return status.NOT_FOUND;
    case 409:
      return status.ABORTED;
    case 429:
      return status.RESOURCE_EXHAUSTED;
    case 499:
      return status.CANCELLED;
    case 501:
      return status.UNIMPLEMENTED;
    case 503:
      return status.UNAVAILABLE;
    case 504:
      return status.DEADLINE_EXCEEDED;
    default:
      return httpStatus >= 500 ? status.INTERNAL : status.UNKNOWN;
  }
}
