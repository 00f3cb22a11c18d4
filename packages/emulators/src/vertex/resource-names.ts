import { invalidArgument, permissionDenied } from './vertex-error.ts';

export interface LocationRef {
  project: string;
  location: string;
}

export interface ResourceRef extends LocationRef {
  /** The last segment, without an `@version` suffix. */
  id: string;
  /** For models: the version id or alias after `@`, if given. */
  version?: string;
}

export type Collection = 'pipelineJobs' | 'batchPredictionJobs' | 'models';

const SEGMENT = '[^/@]+';

/**
 * The project and location the stand-in plays. Unset, it answers for any; set, it refuses others
 * as the real regional endpoint does. With a project number, names come back with the number in
 * place of the project id (what Vertex AI does), so callers that compare names get caught.
 */
export class Scope {
  readonly project: string | undefined;
  readonly location: string | undefined;
  readonly projectNumber: string | undefined;

  constructor(options: { project?: string; location?: string; projectNumber?: string }) {
    this.project = options.project;
    this.location = options.location;
    this.projectNumber = options.projectNumber;
  }

  /** `projects/{project}/locations/{location}` → its parts; throws INVALID_ARGUMENT or PERMISSION_DENIED. */
  parseParent(parent: string | undefined, permission: string): LocationRef {
    const match = new RegExp(`^projects/(${SEGMENT})/locations/(${SEGMENT})$`).exec(parent ?? '');
    if (!match) {
      throw invalidArgument(
        `Invalid parent "${parent ?? ''}": expected projects/{project}/locations/{location}.`,
        'parent',
      );
    }
    return this.check(
      { project: match[1] as string, location: match[2] as string },
      permission,
      parent ?? '',
    );
  }

  /** `projects/{p}/locations/{l}/{collection}/{id}` (models also `@version`) → its parts. */
  parseName(name: string | undefined, collection: Collection, permission: string): ResourceRef {
    const version = collection === 'models' ? '(?:@([A-Za-z0-9_-]+))?' : '';
    const match = new RegExp(
      `^projects/(${SEGMENT})/locations/(${SEGMENT})/${collection}/(${SEGMENT})${version}$`,
    ).exec(name ?? '');
    if (!match) {
      throw invalidArgument(
        `Invalid resource name "${name ?? ''}": expected projects/{project}/locations/{location}/${collection}/{id}.`,
        'name',
      );
    }
    const ref = this.check(
      { project: match[1] as string, location: match[2] as string },
      permission,
      name ?? '',
    );
    return { ...ref, id: match[3] as string, ...(match[4] ? { version: match[4] } : {}) };
  }

  /** The name the stand-in gives a location's resources. */
  locationName(ref: LocationRef): string {
    return `projects/${this.projectNumber ?? ref.project}/locations/${ref.location}`;
  }

  private check(ref: LocationRef, permission: string, resource: string): LocationRef {
    const known = [this.project, this.projectNumber].filter((value) => value !== undefined);
    if (known.length > 0 && !known.includes(ref.project)) {
      throw permissionDenied(
        `Permission '${permission}' denied on resource '//aiplatform.googleapis.com/${resource}' (or it may not exist).`,
      );
    }
    if (this.location !== undefined && ref.location !== this.location) {
      throw invalidArgument(
        `Location ${ref.location} is not served by this endpoint; it serves ${this.location} only.`,
        'parent',
      );
    }
    // Canonical project: the number when the stand-in has one, so stored names compare equal.
    return { project: this.projectNumber ?? ref.project, location: ref.location };
  }
}
