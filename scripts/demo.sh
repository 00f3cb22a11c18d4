#!/usr/bin/env bash
# The demo: installs what it needs, then runs the committed action bundles on Node 24 against a
# throw-away repository (and, as the suite grows, the local Cloud and GitHub stand-ins).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
node scripts/demo.ts
