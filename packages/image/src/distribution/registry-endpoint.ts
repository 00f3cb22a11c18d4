import { isIP } from 'node:net';
import { DOCKER_HUB } from '../reference.ts';

/**
 * Where a registry's API answers. Registries on loopback addresses are spoken to over plain HTTP,
 * as Docker does for them; every other registry over HTTPS only, so credentials never travel in
 * the clear.
 */
export function registryBaseUrl(registry: string): string {
  if (registry === DOCKER_HUB) return 'https://registry-1.docker.io';
  return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${registry}`;
}

/** `127.0.0.1:5000`, `localhost`, `[::1]:5000`: a registry on this machine. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = hostOf(registry);
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

function hostOf(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return (colon === -1 ? registry : registry.slice(0, colon)).toLowerCase();
}

/** Artifact Registry (`*-docker.pkg.dev`) and Container Registry (`gcr.io`, `*.gcr.io`): tokens from ADC. */
export function isGoogleRegistry(registry: string): boolean {
  const host = hostOf(registry);
  return host.endsWith('-docker.pkg.dev') || host === 'gcr.io' || host.endsWith('.gcr.io');
}
