export {
  BUILDER_CHOICES,
  type BuilderChoice,
  type BuildImageOptions,
  type BuildImageResult,
  buildImage,
} from './builders/build-image.ts';
export {
  type BuildOrReuseOptions,
  type BuildOrReuseResult,
  buildOrReuse,
} from './builders/build-or-reuse.ts';
export type { BuilderName, BuildResult, LayerSummary, LayerTransfer, Log } from './builders/build-result.ts';
export type { BuildStorage } from './builders/build-storage.ts';
export { buildWithCloudBuild, type CloudBuildOptions } from './builders/cloud-build-builder.ts';
export { CLOUD_BUILD_EMULATOR_HOST, createCloudBuildClient } from './builders/cloud-build-client.ts';
export { buildWithDocker, type DockerBuildOptions, dockerBuildArgs } from './builders/docker-builder.ts';
export { findTaggedImage } from './builders/find-tagged-image.ts';
export { buildWithLayer, type LayerBuildOptions } from './builders/layer-builder.ts';
export { DockerIgnore } from './context/dockerignore.ts';
export { computeInputsHash, type InputsHashOptions, inputsTag } from './context/inputs-hash.ts';
export { packContext, type UploadIgnore } from './context/pack-context.ts';
export {
  type CredentialsFor,
  GOOGLE_TOKEN_USER,
  registryCredentials,
} from './credentials/registry-credentials.ts';
export { sha256Digest } from './digest.ts';
export { fetchManifest, resolveImage } from './distribution/manifests.ts';
export { RegistryClient, type RegistryCredentials } from './distribution/registry-client.ts';
export { isGoogleRegistry, isLoopbackRegistry, registryBaseUrl } from './distribution/registry-endpoint.ts';
export { RegistryError } from './distribution/registry-error.ts';
export { DockerfileError } from './dockerfile/dockerfile-error.ts';
export { NotLayerBuildable, whyNotLayerBuildable } from './dockerfile/layer-support.ts';
export { type Dockerfile, type Instruction, parseDockerfile } from './dockerfile/parse-dockerfile.ts';
export { formatBytes } from './format-bytes.ts';
export { buildLayerBlob } from './layer/layer-blob.ts';
export { type TarEntry, writeTar } from './layer/tar-writer.ts';
export { formatPlatform, type Platform, parsePlatform } from './platform.ts';
export { type PlatformProblem, platformProblem } from './platform-values.ts';
export {
  formatReference,
  type ImageReference,
  ImageReferenceError,
  isValidTag,
  parseImageReference,
  parseRepository,
  repositoryName,
} from './reference.ts';
