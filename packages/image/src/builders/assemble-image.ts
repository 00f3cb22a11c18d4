import { sha256Digest } from '../digest.ts';
import type { Descriptor, ImageConfig, ImageManifest } from '../distribution/image-types.ts';
import type { ResolvedImage } from '../distribution/manifests.ts';
import { companionTypes, OCI_MANIFEST } from '../distribution/media-types.ts';
import type { LayerBlob } from '../layer/layer-blob.ts';
import { formatReference } from '../reference.ts';

/** The new image, serialised: its bytes are what is pushed, and their digest is the image's. */
export interface AssembledImage {
  mediaType: string;
  config: { digest: string; data: Buffer };
  manifest: ImageManifest;
  manifestData: Buffer;
  digest: string;
  /** The new layer's descriptor, when there is one. */
  newLayer?: Descriptor;
}

/**
 * The manifest of base layers plus the new one, in the base's manifest format (OCI or Docker
 * schema 2) with matching config and layer media types; OCI manifests name their base in the
 * `org.opencontainers.image.base.*` annotations. The config gets the new layer's diff id.
 */
export function assembleImage(
  base: ResolvedImage | undefined,
  config: ImageConfig,
  layer: LayerBlob | undefined,
): AssembledImage {
  const mediaType = base?.mediaType ?? OCI_MANIFEST;
  const types = companionTypes(mediaType);
  if (layer) config.rootfs?.diff_ids.push(layer.diffId);
  const configData = Buffer.from(JSON.stringify(config));
  const newLayer = layer && { mediaType: types.layer, digest: layer.digest, size: layer.data.length };
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType,
    config: { mediaType: types.config, digest: sha256Digest(configData), size: configData.length },
    layers: [...(base?.manifest.layers ?? []).map(layerDescriptor), ...(newLayer ? [newLayer] : [])],
    ...(mediaType === OCI_MANIFEST && base
      ? {
          annotations: {
            'org.opencontainers.image.base.digest': base.digest,
            'org.opencontainers.image.base.name': formatReference({ ...base.reference, digest: undefined }),
          },
        }
      : {}),
  };
  const manifestData = Buffer.from(JSON.stringify(manifest));
  return {
    mediaType,
    config: { digest: manifest.config.digest, data: configData },
    manifest,
    manifestData,
    digest: sha256Digest(manifestData),
    ...(newLayer ? { newLayer } : {}),
  };
}

/** Only the fields a manifest's layer descriptor carries. */
function layerDescriptor(d: Descriptor): Descriptor {
  return {
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...(d.urls ? { urls: d.urls } : {}),
    ...(d.annotations ? { annotations: d.annotations } : {}),
  };
}
