#!/usr/bin/env bash
# Rebuilds the PETRARCH-2 lexicons (coding/petrarch-verbs.tsv, coding/petrarch-synonyms.tsv,
# actors/petrarch-agents.tsv, actors/petrarch-people.tsv) from github.com/openeventdata/petrarch2 (MIT licence).
# Run by hand; the build never fetches anything. Needs git and python3.
# Usage: scripts/petrarch-data.sh PETRARCH2_GIT_DIR [COMMIT]
#   PETRARCH2_GIT_DIR: a clone of openeventdata/petrarch2 or its bare git directory; COMMIT defaults to HEAD.
#   CAMEO_CODES=FILE (a table whose first column is the CAMEO code, e.g. the CAMEO manual's event table)
#   drops patterns whose code the codebook does not have.
set -euo pipefail
repo="${1:?usage: scripts/petrarch-data.sh PETRARCH2_GIT_DIR [COMMIT]}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
git_dir="$(git -C "$repo" rev-parse --absolute-git-dir 2>/dev/null || echo "$repo")"
commit="$(git --git-dir="$git_dir" rev-parse "${2:-HEAD}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/petrarch2/data/dictionaries"
for f in CAMEO.2.0.txt Phoenix.agents.txt Phoenix.Countries.actors.txt Phoenix.International.actors.txt; do
  git --git-dir="$git_dir" show "$commit:petrarch2/data/dictionaries/$f" > "$work/petrarch2/data/dictionaries/$f"
done
python3 "$here/scripts/petrarch-data.py" "$work" "$commit" "$here" ${CAMEO_CODES:+"$CAMEO_CODES"}
