import { gunzipSync } from 'node:zlib';

/** A file of an uploaded build source. */
export interface SourceFile {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  data: Buffer;
}

/**
 * Reads a gzipped tar as Cloud Build's FETCHSOURCE step unpacks `storageSource`: ustar entries,
 * with PAX `path` records for long names. Throws on anything that is not a gzipped tar.
 */
export function readSourceArchive(archive: Buffer): SourceFile[] {
  const tar = gunzipSync(archive);
  const files: SourceFile[] = [];
  let paxPath: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    if (header.subarray(257, 262).toString('latin1') !== 'ustar') throw new Error('not a tar archive');
    const text = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = Number.parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1];
      continue;
    }
    const prefix = text(345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    paxPath = undefined;
    files.push({
      path: name.replace(/^\.\//, '').replace(/\/$/, ''),
      type:
        type === '0' || type === ''
          ? 'file'
          : type === '5'
            ? 'directory'
            : type === '2'
              ? 'symlink'
              : 'other',
      data: Buffer.from(data),
    });
  }
  return files;
}
