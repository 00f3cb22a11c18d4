// What Google Cloud accepts for the names this action passes through, checked before any call so
// a typo fails with the input's name instead of a PERMISSION_DENIED from the wrong project.

/** A project id (6–30 characters, optionally domain-scoped `example.com:my-project`) or a project number. */
export function projectProblem(project: string): string | undefined {
  if (/^\d{1,19}$/.test(project)) return undefined;
  const id = project.includes(':') ? project.slice(project.lastIndexOf(':') + 1) : project;
  const domain = project.includes(':') ? project.slice(0, project.lastIndexOf(':')) : '';
  if (domain !== '' && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
    return `${JSON.stringify(domain)} is not a domain`;
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(id)) {
    return 'a project id has 6 to 30 lowercase letters, digits or hyphens, starts with a letter and does not end with a hyphen';
  }
  return undefined;
}

/** A Google Cloud region such as us-central1 or europe-west4 (not a zone like us-central1-a). */
export function regionProblem(region: string): string | undefined {
  if (/^[a-z]+(-[a-z]+)+\d+-[a-z]$/.test(region))
    return 'it is a zone; Vertex AI runs pipelines in a region (drop the last letter)';
  if (region === 'global') return 'Vertex AI Pipelines run in a region, not global';
  return /^[a-z]+(-[a-z]+)+\d+$/.test(region) ? undefined : 'it is not a region name';
}

/** A service account e-mail address (`name@project.iam.gserviceaccount.com`, or Compute Engine's default). */
export function serviceAccountProblem(email: string): string | undefined {
  return /^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(email)
    ? undefined
    : 'it is not an e-mail address';
}

/** `projects/<project number>/global/networks/<name>`, the form Vertex AI peers with. */
export function networkProblem(network: string): string | undefined {
  if (!/^projects\/[^/]+\/global\/networks\/[a-z]([-a-z0-9]*[a-z0-9])?$/.test(network)) {
    return 'it is not projects/<project number>/global/networks/<network>';
  }
  return /^projects\/\d+\//.test(network)
    ? undefined
    : 'Vertex AI wants the project number here, not the project id';
}

/** A Cloud KMS key in the pipeline's region. */
export function encryptionKeyProblem(key: string, region: string): string | undefined {
  const match = /^projects\/[^/]+\/locations\/([^/]+)\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/.exec(key);
  if (!match) return 'it is not projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>';
  return match[1] === region
    ? undefined
    : `the key is in ${match[1]}; Vertex AI needs a key in the pipeline's region ${region}`;
}

/** What Vertex AI accepts as a pipeline job id (as its Python SDK checks it). */
export const JOB_ID = /^[a-z][-a-z0-9]{0,127}$/;
export const DISPLAY_NAME_MAX = 128;
