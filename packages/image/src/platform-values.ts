import type { Platform } from './platform.ts';

// The OCI image spec's `os` and `architecture` are Go's GOOS and GOARCH values (go/build's
// syslist.go); the first lists are what images are built for, the rest exist but are rare.
const COMMON_OS = [
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
];
const RARE_OS = ['hurd', 'nacl', 'zos'];
const COMMON_ARCH = [
  '386',
  'amd64',
  'arm',
  'arm64',
  'loong64',
  'mips',
  'mips64',
  'mips64le',
  'mipsle',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390x',
  'wasm',
];
const RARE_ARCH = [
  'amd64p32',
  'armbe',
  'arm64be',
  'mips64p32',
  'mips64p32le',
  'ppc',
  'riscv',
  's390',
  'sparc',
  'sparc64',
];

const range = (prefix: string, last: number) => Array.from({ length: last + 1 }, (_, i) => `${prefix}${i}`);

/** Variants by architecture: the image spec's (arm v6–v8, arm64 v8) and those containerd's matcher knows. */
const VARIANTS: Record<string, { values: string[]; shown: string }> = {
  arm: { values: ['v5', 'v6', 'v7', 'v8'], shown: 'v5, v6, v7, v8' },
  arm64: {
    values: ['v8', ...range('v8.', 9), 'v9', ...range('v9.', 5)],
    shown: 'v8, v8.0 to v8.9, v9, v9.0 to v9.5',
  },
  amd64: { values: ['v1', 'v2', 'v3', 'v4'], shown: 'v1, v2, v3, v4' },
  ppc64le: { values: ['power8', 'power9', 'power10'], shown: 'power8, power9, power10' },
  riscv64: { values: ['rva20u64', 'rva22u64', 'rva23u64'], shown: 'rva20u64, rva22u64, rva23u64' },
};

/** Names other tools use for an architecture (uname, Debian), and the OCI platform they mean. */
const ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm/v7',
  armel: 'arm/v6',
  i386: '386',
  i686: '386',
};

export interface PlatformProblem {
  /** What the value must be: completes `Input "platform" must …`. */
  requirement: string;
  /** Which part is wrong, when that is not plain from the requirement. */
  detail?: string;
}

/** Why the platform is not one the OCI image spec knows; undefined when it is. */
export function platformProblem(platform: Platform): PlatformProblem | undefined {
  const { os, architecture, variant } = platform;
  if (![...COMMON_OS, ...RARE_OS].includes(os)) {
    return {
      requirement: `name an operating system the OCI image spec knows (Go's GOOS values: ${COMMON_OS.join(', ')} and the rarer ones)`,
      detail: `whose operating system "${os}" is not one`,
    };
  }
  if (![...COMMON_ARCH, ...RARE_ARCH].includes(architecture)) {
    const alias = ALIASES[architecture];
    return {
      requirement: `name an architecture the OCI image spec knows (Go's GOARCH values: ${COMMON_ARCH.join(', ')} and the rarer ones)`,
      detail: `whose architecture "${architecture}" is not one${alias ? ` (did you mean ${os}/${alias}?)` : ''}`,
    };
  }
  if (variant === undefined) return undefined;
  const known = VARIANTS[architecture];
  if (!known) return { requirement: `use no variant for ${architecture}` };
  if (!known.values.includes(variant)) {
    return { requirement: `use a variant the OCI image spec knows for ${architecture} (${known.shown})` };
  }
  return undefined;
}
