import type { CredentialsFor } from '../credentials/registry-credentials.ts';
import { fetchManifest } from '../distribution/manifests.ts';
import { RegistryClient } from '../distribution/registry-client.ts';
import { RegistryError } from '../distribution/registry-error.ts';
import type { ImageReference } from '../reference.ts';

/**
 * The manifest digest `<target>:<tag>` points to, or undefined when the registry has no such
 * tag (or no such repository yet). Reads one manifest; never pulls a layer.
 */
export async function findTaggedImage(
  target: ImageReference,
  tag: string,
  credentials: CredentialsFor,
): Promise<string | undefined> {
  const found = await credentials(target.registry);
  const client = new RegistryClient(target.registry, {
    ...(found ? { credentials: found } : {}),
    scopes: [`repository:${target.repository}:pull`],
  });
  try {
    return (await fetchManifest(client, target.repository, tag)).digest;
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}
