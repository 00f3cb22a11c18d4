#!/usr/bin/env bash
# The demo: installs what it needs, then runs the code loop end to end — the example project's
# workflow calling .github/workflows/mlops-cicd.yml, interpreted with GitHub's own parser, our
# actions' committed bundles on Node 24 — against local stand-ins for Google Cloud and GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" # Node 24 from the registry comes first
node scripts/demo.ts "$@"
