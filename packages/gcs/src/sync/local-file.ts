import { closeSync, constants, fstatSync, openSync, type ReadStream, read, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';

/** A regular file found under the folder being synced. */
export interface LocalFile {
  /** Relative to the folder, with `/` separators: the object name below the destination prefix. */
  path: string;
  /** Its real path, inside the folder: symbolic links are resolved once, when the folder is walked. */
  absolutePath: string;
  size: number;
}

// O_NOFOLLOW: a file swapped for a symbolic link after the walk is refused (ELOOP), not followed.
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;

/**
 * Files up to this size are read with blocking calls: three system calls of microseconds each,
 * where the thread pool's round trips would double the time of a sync of many small modules.
 */
const BLOCKING_READ_LIMIT = 1 << 20;
const PIECE = 1 << 20;
const readAsync = promisify(read);

/**
 * Calls `fn` with each piece of the file in order; the pieces share one buffer, so use each at
 * once. `sizeHint` (the size the walk saw) spares a stat; a file that changed size since is still
 * read to its end.
 */
export async function forEachPiece(
  absolutePath: string,
  fn: (piece: Buffer) => void,
  sizeHint?: number,
): Promise<void> {
  const fd = openSync(absolutePath, READ_FLAGS);
  try {
    const size = sizeHint ?? fstatSync(fd).size;
    // One byte more than the size: a short read then means the end, without another call.
    const buffer = Buffer.allocUnsafe(Math.min(PIECE, size + 1));
    for (let position = 0; ; ) {
      const bytesRead =
        size < BLOCKING_READ_LIMIT
          ? readSync(fd, buffer, 0, buffer.length, position)
          : (await readAsync(fd, buffer, 0, buffer.length, position)).bytesRead;
      if (bytesRead === 0) break;
      fn(buffer.subarray(0, bytesRead));
      position += bytesRead;
      if (bytesRead < buffer.length && size < BLOCKING_READ_LIMIT) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** The whole file. */
export async function readLocalFile(absolutePath: string, sizeHint?: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  await forEachPiece(absolutePath, (piece) => pieces.push(Buffer.from(piece)), sizeHint);
  return pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces);
}

/** A stream over the file, opened the same careful way; the stream closes the file. */
export async function openLocalFile(absolutePath: string): Promise<ReadStream> {
  const handle = await open(absolutePath, READ_FLAGS);
  return handle.createReadStream({ autoClose: true, highWaterMark: PIECE });
}
