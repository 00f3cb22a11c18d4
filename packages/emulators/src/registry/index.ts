export { AccessLog, type AccessLogEntry } from './access-log.ts';
export type { RegistryAuth } from './auth.ts';
export { CountingProxy } from './counting-proxy.ts';
export { type OciLayoutImage, type TinyImageOptions, writeTinyImage } from './oci-layout.ts';
export type { ImageInspection } from './skopeo.ts';
export { RegistryStandIn, type RegistryStandInOptions } from './stand-in.ts';
export { type AccessClaim, TOKEN_SERVICE, TokenServer } from './token-server.ts';
export {
  ensureRegistryTools,
  findRegistryTools,
  REGISTRY_APT_PACKAGES,
  type RegistryTools,
  requireRegistryTools,
} from './tools.ts';
