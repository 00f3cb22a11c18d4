#!/usr/bin/env bash
# Runs every benchmark under bench/ on Node 24 against the committed bundles.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
for bench in bench/*.ts; do
  node "$bench" "$@"
done
