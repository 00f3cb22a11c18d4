#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: install, type-check, lint, check that the committed
# bundles match a fresh build, then every test (unit and built-action tests on Node 24).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" # Node 24 from the registry comes first

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
tsc --noEmit -p tsconfig.json

step "lint"
biome check .
node scripts/lint-workflows.mjs
node scripts/check-workflow-uses.mjs
node scripts/check-repo-paths.mjs

step "bundles match a fresh build"
bash scripts/check-dist.sh

step "a clone in an empty folder, nothing beside it, runs the demo"
bash scripts/check-standalone.sh >"${TMPDIR:-/tmp}/mlops-actions-standalone.log" 2>&1 || {
  cat "${TMPDIR:-/tmp}/mlops-actions-standalone.log"
  exit 1
}
tail -n 2 "${TMPDIR:-/tmp}/mlops-actions-standalone.log"

step "tests"
report=$(mktemp)
status=0
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || true
rm -f "$report"
exit $status
