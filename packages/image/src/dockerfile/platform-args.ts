import { formatPlatform, type Platform } from '../platform.ts';

/** Platform ARGs BuildKit defines for every build. */
export function platformArgs(platform: Platform): Map<string, string> {
  const text = formatPlatform(platform);
  return new Map([
    ['TARGETPLATFORM', text],
    ['TARGETOS', platform.os],
    ['TARGETARCH', platform.architecture],
    ['TARGETVARIANT', platform.variant ?? ''],
    ['BUILDPLATFORM', text],
    ['BUILDOS', platform.os],
    ['BUILDARCH', platform.architecture],
    ['BUILDVARIANT', platform.variant ?? ''],
  ]);
}
