export type BuilderName = 'layer' | 'docker' | 'cloud-build';

/** How a layer of the pushed image got into its repository. */
export type LayerTransfer = 'uploaded' | 'mounted' | 'present' | 'copied' | 'not pushed';

export interface LayerSummary {
  digest: string;
  size: number;
  origin: 'base' | 'new';
  transfer: LayerTransfer;
}

/** What a build produced, whichever builder ran. */
export interface BuildResult {
  builder: BuilderName;
  /**
   * The image manifest's digest (`sha256:…`): what the registry holds, or (layer, not pushed)
   * would hold. Undefined when docker only loaded the image into its engine.
   */
  digest?: string;
  /** `repository@sha256:…`, ready for compile-pipeline's `image` input; only when pushed, since nothing else can pull it. */
  image?: string;
  /** The image config's digest: the image ID in Docker's engine (classic image store); undefined when unknown (cloud-build). */
  configDigest?: string;
  tags: string[];
  pushed: boolean;
  /** The FROM image, with the digest it resolved to when known. */
  baseImage?: string;
  layers?: LayerSummary[];
  bytesUploaded?: number;
  bytesDownloaded?: number;
  /** cloud-build: the build's id and its page in the console. */
  cloudBuild?: { id: string; logUrl: string };
}

/** Progress lines for the step log. */
export type Log = (line: string) => void;
