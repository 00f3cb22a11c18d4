// Manifest, config and layer media types of the OCI image spec and of Docker's schema 2, which
// registries still serve for most images built by Docker.

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

export const MANIFEST_TYPES = [OCI_MANIFEST, DOCKER_MANIFEST] as const;
export const INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST] as const;

/** What a pull accepts, in order of preference. */
export const ACCEPTED_MANIFESTS = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');

/** The config and new-layer media types that belong with a manifest type, so an image never mixes them. */
export function companionTypes(manifestType: string): { config: string; layer: string } {
  return manifestType === DOCKER_MANIFEST
    ? { config: DOCKER_CONFIG, layer: DOCKER_LAYER_GZIP }
    : { config: OCI_CONFIG, layer: OCI_LAYER_GZIP };
}
