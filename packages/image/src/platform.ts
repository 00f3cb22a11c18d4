/** An OCI platform: `linux/amd64`, `linux/arm64/v8`. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PART = /^[a-z0-9_.-]+$/;

/** Parses `os/arch[/variant]`; undefined when the text is not of that shape. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) return undefined;
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return { os, architecture, ...(variant ? { variant } : {}) };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Whether an index entry's platform is the one asked for; arm64's variant defaults to v8 as containerd's matcher has it. */
export function platformMatches(candidate: Partial<Platform> | undefined, wanted: Platform): boolean {
  if (!candidate || candidate.os !== wanted.os || candidate.architecture !== wanted.architecture)
    return false;
  const normal = (p: Partial<Platform>) => p.variant ?? (p.architecture === 'arm64' ? 'v8' : undefined);
  const wantedVariant = normal(wanted);
  return wantedVariant === undefined || normal(candidate) === wantedVariant;
}
