/**
 * Encodes google.rpc.Status with a google.rpc.BadRequest detail for the `grpc-status-details-bin`
 * trailer, as Vertex AI sends it with INVALID_ARGUMENT (google-gax decodes it into
 * `error.statusDetails`). Hand-written protobuf: four tiny messages of strings and ints.
 */

export interface FieldViolation {
  field: string;
  description: string;
}

const BAD_REQUEST_TYPE = 'type.googleapis.com/google.rpc.BadRequest';

export function encodeStatusWithBadRequest(
  code: number,
  message: string,
  violations: FieldViolation[],
): Buffer {
  const badRequest = Buffer.concat(
    violations.map((violation) =>
      bytesField(1, Buffer.concat([bytesField(1, violation.field), bytesField(2, violation.description)])),
    ),
  );
  const any = Buffer.concat([bytesField(1, BAD_REQUEST_TYPE), bytesField(2, badRequest)]);
  return Buffer.concat([varintField(1, code), bytesField(2, message), bytesField(3, any)]);
}

function varintField(fieldNumber: number, value: number): Buffer {
  return Buffer.concat([varint(fieldNumber << 3), varint(value)]);
}

function bytesField(fieldNumber: number, payload: Buffer | string): Buffer {
  const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return Buffer.concat([varint((fieldNumber << 3) | 2), varint(bytes.length), bytes]);
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value >>> 0;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}
