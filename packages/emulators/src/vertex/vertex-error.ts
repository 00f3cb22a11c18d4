import { Metadata, type StatusObject, status } from '@grpc/grpc-js';
import { encodeStatusWithBadRequest, type FieldViolation } from './status-details.ts';

/** An RPC failure with the gRPC status code Vertex AI answers with, and BadRequest details if any. */
export class VertexError extends Error {
  readonly code: number;
  readonly violations: FieldViolation[];

  constructor(code: number, message: string, violations: FieldViolation[] = []) {
    super(message);
    this.code = code;
    this.violations = violations;
  }
}

/** INVALID_ARGUMENT; with a field, the client also gets a google.rpc.BadRequest field violation. */
export function invalidArgument(message: string, field?: string): VertexError {
  return new VertexError(status.INVALID_ARGUMENT, message, field ? [{ field, description: message }] : []);
}

export function notFound(message: string): VertexError {
  return new VertexError(status.NOT_FOUND, message);
}

export function alreadyExists(message: string): VertexError {
  return new VertexError(status.ALREADY_EXISTS, message);
}

export function failedPrecondition(message: string): VertexError {
  return new VertexError(status.FAILED_PRECONDITION, message);
}

export function permissionDenied(message: string): VertexError {
  return new VertexError(status.PERMISSION_DENIED, message);
}

export function unimplemented(message: string): VertexError {
  return new VertexError(status.UNIMPLEMENTED, message);
}

/** What grpc-js sends for a thrown error; anything that is not a VertexError is an INTERNAL bug. */
export function toStatus(error: unknown): Partial<StatusObject> {
  if (!(error instanceof VertexError)) {
    return { code: status.INTERNAL, details: `Vertex AI stand-in bug: ${String(error)}` };
  }
  const metadata = new Metadata();
  if (error.violations.length > 0) {
    metadata.set(
      'grpc-status-details-bin',
      encodeStatusWithBadRequest(error.code, error.message, error.violations),
    );
  }
  return { code: error.code, details: error.message, metadata };
}
