#!/usr/bin/env bash
# Installs everything the demo and the tests need on a machine that has only Node and apt.
# Safe to run again: each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

apt_packages=()
command -v git >/dev/null || apt_packages+=(git)
command -v python3 >/dev/null || apt_packages+=(python3)
command -v cmark-gfm >/dev/null || apt_packages+=(cmark-gfm) # renders summaries as GitHub does, in tests
# The Artifact Registry stand-in is the real CNCF distribution registry; skopeo inspects what was pushed.
command -v docker-registry >/dev/null || [ -x /usr/bin/docker-registry ] || apt_packages+=(docker-registry)
command -v skopeo >/dev/null || apt_packages+=(skopeo)
command -v openssl >/dev/null || apt_packages+=(openssl) # certificates for the registry token-service tests
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "setup: installing ${apt_packages[*]} with apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}"
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install --global --silent "pnpm@$PNPM_VERSION"
fi

pnpm install --frozen-lockfile --reporter=silent
