// A reproducible tar writer for image layers: POSIX ustar headers with fixed times, numeric owners
// only, and PAX extended headers for what ustar cannot hold (long or non-ASCII names and link
// targets, large ids), so GNU tar, containerd and Docker read back exactly the given entries.

export type TarEntry =
  | { type: 'file'; path: string; data: Buffer; mode: number; uid: number; gid: number }
  | { type: 'directory'; path: string; mode: number; uid: number; gid: number }
  | { type: 'symlink'; path: string; target: string; uid: number; gid: number };

const BLOCK = 512;
const USTAR_NAME = 100;
const USTAR_PREFIX = 155;
const MAX_OCTAL_ID = 0o7777777;
const TYPE = { file: '0', symlink: '2', directory: '5', pax: 'x' } as const;

/** The archive of `entries` in the given order, closed by two zero blocks. */
export function writeTar(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const name = entry.type === 'directory' ? `${entry.path.replace(/\/+$/, '')}/` : entry.path;
    const data = entry.type === 'file' ? entry.data : Buffer.alloc(0);
    const linkname = entry.type === 'symlink' ? entry.target : '';
    const pax: Record<string, string> = {};
    const split = splitUstarName(name);
    if (!split) pax.path = name;
    if (!fitsUstar(linkname, USTAR_NAME)) pax.linkpath = linkname;
    if (entry.uid > MAX_OCTAL_ID) pax.uid = String(entry.uid);
    if (entry.gid > MAX_OCTAL_ID) pax.gid = String(entry.gid);
    if (Object.keys(pax).length > 0) {
      const records = paxRecords(pax);
      parts.push(
        header({ name: paxName(name), mode: 0o644, uid: 0, gid: 0, size: records.length, type: TYPE.pax }),
        padded(records),
      );
    }
    parts.push(
      header({
        name: split?.name ?? asciiPrefix(name, USTAR_NAME),
        prefix: split?.prefix ?? '',
        mode: entry.type === 'symlink' ? 0o777 : entry.mode,
        uid: Math.min(entry.uid, MAX_OCTAL_ID),
        gid: Math.min(entry.gid, MAX_OCTAL_ID),
        size: data.length,
        type: TYPE[entry.type],
        linkname: fitsUstar(linkname, USTAR_NAME) ? linkname : asciiPrefix(linkname, USTAR_NAME),
      }),
    );
    if (data.length > 0) parts.push(padded(data));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

interface Header {
  name: string;
  prefix?: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  type: string;
  linkname?: string;
}

function header(h: Header): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(h.name, 0, USTAR_NAME, 'utf8');
  block.write(octal(h.mode & 0o7777, 8), 100, 'ascii');
  block.write(octal(h.uid, 8), 108, 'ascii');
  block.write(octal(h.gid, 8), 116, 'ascii');
  block.write(octal(h.size, 12), 124, 'ascii');
  block.write(octal(0, 12), 136, 'ascii'); // mtime: fixed, so that the layer's digest is too
  block.write('        ', 148, 'ascii'); // checksum field counts as spaces while summing
  block.write(h.type, 156, 'ascii');
  block.write(h.linkname ?? '', 157, USTAR_NAME, 'utf8');
  block.write('ustar\u000000', 257, 'ascii');
  block.write(h.prefix ?? '', 345, USTAR_PREFIX, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'ascii');
  return block;
}

function octal(value: number, width: number): string {
  if (value > 8 ** (width - 1) - 1) throw new RangeError(`tar field value ${value} does not fit`);
  return `${value.toString(8).padStart(width - 1, '0')}\u0000`;
}

function padded(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

function fitsUstar(text: string, max: number): boolean {
  return Buffer.byteLength(text) <= max && /^[\x20-\x7e]*$/.test(text);
}

/** ustar keeps up to 155 + 100 bytes by splitting at a `/`; undefined when a PAX header is needed. */
function splitUstarName(name: string): { name: string; prefix: string } | undefined {
  if (!/^[\x20-\x7e]*$/.test(name)) return undefined;
  if (name.length <= USTAR_NAME) return { name, prefix: '' };
  for (let cut = name.indexOf('/'); cut !== -1; cut = name.indexOf('/', cut + 1)) {
    const prefix = name.slice(0, cut);
    const rest = name.slice(cut + 1);
    if (prefix.length <= USTAR_PREFIX && rest.length <= USTAR_NAME && rest !== '')
      return { name: rest, prefix };
  }
  return undefined;
}

function asciiPrefix(text: string, max: number): string {
  return text.replace(/[^\x20-\x7e]/g, '_').slice(0, max);
}

/** A fixed, readable name for the PAX header entry, as GNU tar writes (`PaxHeaders/…`). */
function paxName(name: string): string {
  const base = name.replace(/\/$/, '').split('/').at(-1) ?? '';
  return asciiPrefix(`PaxHeaders/${base}`, USTAR_NAME);
}

/** `<length> <key>=<value>\n` records, where the length counts the whole record, itself included. */
function paxRecords(values: Record<string, string>): Buffer {
  const records = Object.entries(values).map(([key, value]) => {
    const body = ` ${key}=${value}\n`;
    const bodyLength = Buffer.byteLength(body);
    let length = bodyLength + 1;
    while (String(length).length + bodyLength !== length) length = String(length).length + bodyLength;
    return `${length}${body}`;
  });
  return Buffer.from(records.join(''), 'utf8');
}
