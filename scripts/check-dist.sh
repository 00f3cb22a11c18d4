#!/usr/bin/env bash
# Fails when the committed bundles differ from a fresh build of the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
node scripts/bundle.mjs "$fresh" >/dev/null
status=0
for dir in dist actions/*/dist; do
  [ -d "$fresh/$dir" ] || [ -d "$dir" ] || continue
  if ! diff -r -q "$dir" "$fresh/$dir" >/dev/null 2>&1; then
    echo "check-dist: $dir differs from a fresh build:"
    diff -r -q "$dir" "$fresh/$dir" || true
    status=1
  fi
done
for dir in "$fresh"/actions/*/dist; do
  rel=${dir#"$fresh"/}
  [ -d "$rel" ] || { echo "check-dist: $rel is missing (run pnpm build and commit)"; status=1; }
done
[ $status -eq 0 ] && echo "check-dist: committed bundles match a fresh build" || echo "check-dist: run 'pnpm build' and commit the result"
exit $status
