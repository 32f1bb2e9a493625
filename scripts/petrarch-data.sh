#!/usr/bin/env bash
# Rebuilds coding/petrarch-verbs.tsv and actors/petrarch-agents.tsv from the PETRARCH-2 dictionaries
# (github.com/openeventdata/petrarch2, MIT licence). Run by hand; the build never fetches anything.
# Needs git and python3. Usage: scripts/petrarch-data.sh PETRARCH2_GIT_DIR [COMMIT]
# CAMEO_CODES=FILE (a table whose first column is the CAMEO code, e.g. the CAMEO manual's event table)
# drops patterns whose code the codebook does not have.
# (a clone or a bare git directory of openeventdata/petrarch2; COMMIT defaults to its HEAD).
set -euo pipefail
repo="${1:?usage: scripts/petrarch-data.sh PETRARCH2_GIT_DIR [COMMIT]}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="$(git --git-dir="$(git -C "$repo" rev-parse --git-dir 2>/dev/null | sed "s|^\([^/]\)|$repo/\1|" || echo "$repo")" \
  rev-parse "${2:-HEAD}" 2>/dev/null || git --git-dir="$repo" rev-parse "${2:-HEAD}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/petrarch2/data/dictionaries"
for f in CAMEO.2.0.txt Phoenix.agents.txt Phoenix.Countries.actors.txt Phoenix.International.actors.txt; do
  (git -C "$repo" show "$commit:petrarch2/data/dictionaries/$f" 2>/dev/null \
    || git --git-dir="$repo" show "$commit:petrarch2/data/dictionaries/$f") > "$work/petrarch2/data/dictionaries/$f"
done
python3 "$here/scripts/petrarch-data.py" "$work" "$commit" "$here" ${CAMEO_CODES:+"$CAMEO_CODES"}
