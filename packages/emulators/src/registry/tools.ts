import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The Debian packages that provide the registry and the inspection tool. */
export const REGISTRY_APT_PACKAGES = ['docker-registry', 'skopeo'] as const;

export interface RegistryTools {
  /** The CNCF distribution registry (Debian installs it as docker-registry). */
  registry: string;
  skopeo: string;
}

function onPath(name: string, path: string): string | undefined {
  for (const directory of path.split(delimiter).filter(Boolean)) {
    const candidate = join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Where the registry tools are, or undefined when one is missing. */
export function findRegistryTools(path = process.env.PATH ?? ''): RegistryTools | undefined {
  const registry = onPath('docker-registry', path) ?? onPath('registry', path);
  const skopeo = onPath('skopeo', path);
  return registry && skopeo ? { registry, skopeo } : undefined;
}

/**
 * Undefined when both binaries are present; otherwise what is missing and how to install it. The
 * tests never install anything themselves: the repository's setup script does.
 */
export function ensureRegistryTools(path = process.env.PATH ?? ''): string | undefined {
  const missing = [
    ...(onPath('docker-registry', path) || onPath('registry', path) ? [] : ['docker-registry']),
    ...(onPath('skopeo', path) ? [] : ['skopeo']),
  ];
  if (missing.length === 0) return undefined;
  return `${missing.join(' and ')} not found; install with: apt-get install -y ${REGISTRY_APT_PACKAGES.join(' ')}`;
}

/** The tools, or an Error saying how to install them. */
export function requireRegistryTools(): RegistryTools {
  const tools = findRegistryTools();
  if (!tools) throw new Error(ensureRegistryTools());
  return tools;
}
