export { type OciLayoutImage, type TinyImageOptions, writeTinyImage } from './oci-layout.ts';
export type { ImageInspection } from './skopeo.ts';
export { RegistryStandIn, type RegistryStandInOptions } from './stand-in.ts';
export {
  ensureRegistryTools,
  findRegistryTools,
  REGISTRY_APT_PACKAGES,
  type RegistryTools,
  requireRegistryTools,
} from './tools.ts';
