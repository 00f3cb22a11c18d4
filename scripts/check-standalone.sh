#!/usr/bin/env bash
# Proves the repository stands on its own: clones it into an empty temporary folder, with nothing
# beside it, and runs the demo there as a new user would. Uncommitted changes to tracked files are
# included (through `git stash create`, which touches neither the work tree nor the index);
# untracked files are not, as a clone would not have them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

snapshot=$(git stash create 2>/dev/null || true)
parent=$(mktemp -d "${TMPDIR:-/tmp}/mlops-actions-clone.XXXXXX")
trap 'rm -rf "$parent"' EXIT

git clone --quiet "$root" "$parent/repo"
if [ -n "$snapshot" ]; then
  echo "check-standalone: uncommitted changes to tracked files are included (snapshot ${snapshot:0:12})"
  git -C "$parent/repo" fetch --quiet "$root" "$snapshot"
  git -C "$parent/repo" checkout --quiet --detach FETCH_HEAD
fi

[ "$(ls -A "$parent")" = "repo" ] # nothing beside the clone
cd "$parent/repo"
bash scripts/demo.sh
echo "check-standalone: a clone in an empty folder ran the demo"
