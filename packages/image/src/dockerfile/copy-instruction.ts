import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { ContextEntry } from '../context/context-walk.ts';
import { cleanPattern, compilePathPattern, hasWildcards } from '../context/path-pattern.ts';
import type { TarEntry } from '../layer/tar-writer.ts';
import { followSourceLinks } from './context-links.ts';
import { DockerfileError } from './dockerfile-error.ts';
import { NotLayerBuildable } from './layer-support.ts';

export interface CopyRequest {
  keyword: 'COPY' | 'ADD';
  line: number;
  /** Expanded, as written (relative to the context). */
  sources: string[];
  /** Expanded; relative destinations are taken from the working directory. */
  destination: string;
  workingDir: string;
  owner?: { uid: number; gid: number };
  mode?: number;
}

export interface BuildContext {
  directory: string;
  /** What .dockerignore leaves in, sorted. */
  entries: ContextEntry[];
  byPath: Map<string, ContextEntry>;
}

export function buildContext(directory: string, entries: ContextEntry[]): BuildContext {
  return { directory, entries, byPath: new Map(entries.map((e) => [e.path, e])) };
}

const ROOT: Omit<ContextEntry, 'absolutePath'> = { path: '', type: 'directory', mode: 0o755, size: 0 };

/**
 * The layer entries one COPY or ADD contributes, with Docker's rules: a folder's contents are
 * copied (not the folder itself), several sources need a destination ending in `/`, and a single
 * file goes to the destination path unless it ends in `/` (or is `.`).
 */
export function copyEntries(request: CopyRequest, context: BuildContext): TarEntry[] {
  const matched: ContextEntry[] = [];
  for (const source of request.sources) {
    const cleaned = cleanPattern(source.replace(/^\/+/, ''));
    if (cleaned === '..' || cleaned.startsWith('../')) {
      throw new DockerfileError(
        `${request.keyword} ${source}: the path is outside the build context`,
        request.line,
      );
    }
    if (cleaned === '.') {
      matched.push({ ...ROOT, absolutePath: context.directory });
      continue;
    }
    if (hasWildcards(cleaned)) {
      const regex = compilePathPattern(cleaned, false);
      const hits = context.entries.filter((e) => regex.test(e.path));
      if (hits.length === 0) {
        throw new DockerfileError(
          `${request.keyword} ${source}: no files in the build context match`,
          request.line,
        );
      }
      matched.push(...hits);
      continue;
    }
    const entry = context.byPath.get(cleaned) ?? throughLinkedFolder(cleaned, request, context);
    if (!entry) {
      throw new DockerfileError(
        `${request.keyword} ${source}: not found in the build context (or left out by .dockerignore)`,
        request.line,
      );
    }
    matched.push(entry);
  }
  const destination = posix.resolve('/', request.workingDir, request.destination);
  // `dir/`, `dir/.` and `.` name a folder; anything else names the file itself.
  const destinationIsFolder = /(^|\/)\.?$/.test(request.destination);
  if (matched.length > 1 && !destinationIsFolder) {
    throw new DockerfileError(
      `${request.keyword} with more than one source needs a destination folder ending in /; got ${JSON.stringify(request.destination)}`,
      request.line,
    );
  }
  const entries: TarEntry[] = [];
  for (const source of matched) {
    const resolved =
      source.type === 'symlink'
        ? followSourceLinks(context, source.path, request.keyword, request.line)
        : source;
    if (!resolved) throw new Error(`${source.path} vanished from the build context`); // followSourceLinks names a missing target
    if (resolved.type === 'directory') {
      entries.push(...folderContents(resolved, destination, request, context));
    } else {
      const target =
        destinationIsFolder || matched.length > 1
          ? posix.join(destination, posix.basename(source.path))
          : destination;
      if (request.keyword === 'ADD' && isArchive(resolved.absolutePath)) {
        throw new NotLayerBuildable(`ADD ${source.path} is an archive, which ADD would unpack`, request.line);
      }
      entries.push(fileEntry(resolved, target, request));
    }
  }
  return entries;
}

/**
 * An entry reached through a link to a folder (`COPY current/model.py`, `current -> models`): the
 * walk does not descend into linked folders, so the folder part is resolved, the name kept.
 */
function throughLinkedFolder(
  path: string,
  request: CopyRequest,
  context: BuildContext,
): ContextEntry | undefined {
  const slash = path.lastIndexOf('/');
  if (slash === -1) return undefined;
  const folder = followSourceLinks(context, path.slice(0, slash), request.keyword, request.line);
  if (folder?.type !== 'directory') return undefined;
  const name = path.slice(slash + 1);
  return context.byPath.get(folder.path === '' ? name : `${folder.path}/${name}`);
}

function folderContents(
  folder: Pick<ContextEntry, 'path'>,
  destination: string,
  request: CopyRequest,
  context: BuildContext,
): TarEntry[] {
  const prefix = folder.path === '' ? '' : `${folder.path}/`;
  const owner = request.owner ?? { uid: 0, gid: 0 };
  const entries: TarEntry[] = [];
  // The destination folder itself is only written when it must carry an owner: otherwise an
  // existing folder of the base image (say /tmp, mode 1777) keeps its mode, and a missing one is
  // created 0755 root-owned when the layer is unpacked.
  if (request.owner && destination !== '/') {
    entries.push({ type: 'directory', path: layerPath(destination), mode: request.mode ?? 0o755, ...owner });
  }
  for (const entry of context.entries) {
    if (!entry.path.startsWith(prefix)) continue;
    const path = posix.join(destination, entry.path.slice(prefix.length));
    if (entry.type === 'directory') {
      entries.push({ type: 'directory', path: layerPath(path), mode: request.mode ?? 0o755, ...owner });
    } else if (entry.type === 'symlink') {
      entries.push({ type: 'symlink', path: layerPath(path), target: entry.target ?? '', ...owner });
    } else {
      entries.push(fileEntry(entry, path, request));
    }
  }
  return entries;
}

function fileEntry(entry: ContextEntry, path: string, request: CopyRequest): TarEntry {
  const owner = request.owner ?? { uid: 0, gid: 0 };
  const mode = request.mode ?? (entry.mode & 0o111 ? 0o755 : 0o644);
  return { type: 'file', path: layerPath(path), data: readFileSync(entry.absolutePath), mode, ...owner };
}

function layerPath(absolute: string): string {
  return absolute.replace(/^\/+/, '');
}

/** gzip, bzip2, xz or a tar header: what ADD would unpack instead of copying. */
function isArchive(path: string): boolean {
  const head = readFileSync(path).subarray(0, 262);
  if (head[0] === 0x1f && head[1] === 0x8b) return true;
  if (head.subarray(0, 3).toString('latin1') === 'BZh') return true;
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return true;
  return head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar';
}
