import { accessAdvice, ROLES } from '@mlops-actions/google-access';

/** gRPC status codes the Vertex AI calls here react to (google.rpc.Code). */
export const GRPC = {
  CANCELLED: 1,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

const NAMES: Record<number, string> = {
  0: 'OK',
  1: 'CANCELLED',
  2: 'UNKNOWN',
  3: 'INVALID_ARGUMENT',
  4: 'DEADLINE_EXCEEDED',
  5: 'NOT_FOUND',
  6: 'ALREADY_EXISTS',
  7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED',
  9: 'FAILED_PRECONDITION',
  10: 'ABORTED',
  11: 'OUT_OF_RANGE',
  12: 'UNIMPLEMENTED',
  13: 'INTERNAL',
  14: 'UNAVAILABLE',
  15: 'DATA_LOSS',
  16: 'UNAUTHENTICATED',
};

/** The gRPC status code of an error from a client call, or undefined for any other error. */
export function grpcCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'number' && code in NAMES ? code : undefined;
}

export function grpcCodeName(code: number): string {
  return NAMES[code] ?? `code ${code}`;
}

/**
 * Worth another try: the service or the connection was briefly away, or a quota said "not now".
 * DEADLINE_EXCEEDED is included because every retried call here is safe to repeat (reads, cancel,
 * and a create under a fixed id, whose repeat answers ALREADY_EXISTS).
 */
export function isTransient(error: unknown): boolean {
  const code = grpcCode(error);
  return code === GRPC.UNAVAILABLE || code === GRPC.DEADLINE_EXCEEDED || code === GRPC.RESOURCE_EXHAUSTED;
}

/** `PERMISSION_DENIED: Permission 'aiplatform.pipelineJobs.create' denied …` — the service's own words. */
export function describeGrpcError(error: unknown): string {
  const code = grpcCode(error);
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const details = (error as { details?: unknown }).details;
  const text =
    typeof details === 'string' && details !== ''
      ? details
      : (error as Error).message.replace(/^\d+ [A-Z_]+: /, '');
  return `${grpcCodeName(code)}: ${text}`;
}

/** A failed Vertex AI call, with what was being done in words and the service's answer. */
export class VertexCallError extends Error {
  readonly code: number | undefined;

  constructor(action: string, cause: unknown) {
    super(`${action} failed: ${describeGrpcError(cause)}${hint(grpcCode(cause))}`, { cause });
    this.name = 'VertexCallError';
    this.code = grpcCode(cause);
  }
}

function hint(code: number | undefined): string {
  switch (code) {
    case GRPC.PERMISSION_DENIED:
      return ` ${accessAdvice('permission-denied', ROLES.vertexUser)} The project must also have the Vertex AI API enabled.`;
    case GRPC.UNAUTHENTICATED:
      return ` ${accessAdvice('unauthenticated', ROLES.vertexUser)}`;
    default:
      return '';
  }
}
