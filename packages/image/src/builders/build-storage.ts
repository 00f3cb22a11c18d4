/**
 * The Cloud Storage operations the cloud-build builder needs, provided by the caller (the action
 * wires them to @mlops-actions/gcs) so that this package carries no storage client of its own.
 */
export interface BuildStorage {
  /** Writes the object unless one with that name exists already (content-addressed names make that safe). */
  uploadIfAbsent(uri: string, data: Buffer, contentType: string): Promise<'uploaded' | 'present'>;
  /** The object's bytes from `offset` on; empty when it does not exist (yet) or has nothing new. */
  readFrom(uri: string, offset: number): Promise<Buffer>;
}
