import { sha256Digest } from '../digest.ts';
import { gzipReproducibly } from './gzip.ts';
import { type TarEntry, writeTar } from './tar-writer.ts';

export interface LayerBlob {
  /** The compressed layer, as pushed. */
  data: Buffer;
  /** Digest of `data`: what the manifest lists. */
  digest: string;
  /** Digest of the uncompressed tar: what the config's rootfs.diff_ids lists. */
  diffId: string;
  /** Size of the uncompressed tar. */
  uncompressedSize: number;
}

/** The gzipped tar of `entries`: the same entries give the same bytes, hence the same digest. */
export function buildLayerBlob(entries: readonly TarEntry[]): LayerBlob {
  const tar = writeTar(entries);
  const data = gzipReproducibly(tar);
  return { data, digest: sha256Digest(data), diffId: sha256Digest(tar), uncompressedSize: tar.length };
}
