import type { BuildStorage } from '@mlops-actions/image';

type Gcs = typeof import('@mlops-actions/gcs');

/**
 * The cloud-build builder's Cloud Storage needs, on @mlops-actions/gcs: the context is created only
 * if absent (its name is its digest, so an existing object holds the same bytes), and the build
 * log is read whole and sliced (logs are small; readObject verifies what it reads).
 */
export function gcsBuildStorage(gcs: Gcs): BuildStorage {
  const storage = gcs.createStorage();
  return {
    async uploadIfAbsent(uri, data, contentType) {
      const result = await gcs.writeObjectIfAbsent(
        storage,
        gcs.parseGsUri(uri, 'source-staging-dir'),
        data,
        contentType,
      );
      return result.created ? 'uploaded' : 'present';
    },
    async readFrom(uri, offset) {
      try {
        const data = await gcs.readObject(storage, gcs.parseGsUri(uri, 'logsBucket'));
        return data.subarray(offset);
      } catch (error) {
        if (error instanceof gcs.NotFoundError) return Buffer.alloc(0);
        throw error;
      }
    },
  };
}
