#!/usr/bin/env bash
# Rebuilds coding/cameo-codes.tsv (CAMEO names, Goldstein scores, QuadClass, PLOVER categories) from the
# public sources scripts/cameo-data.py names. Run by hand; the build never fetches anything. Needs git, python3.
# Usage: scripts/cameo-data.sh UNDP_GIT_DIR PY_GDELT_GIT_DIR PLOVER_GIT_DIR
#   clones (or bare git directories) of mpiccirilli/UNDP-BCPR-Project, RBozydar/py-gdelt, openeventdata/PLOVER;
#   the commits read are fixed below so the output is reproducible.
set -euo pipefail
undp="${1:?usage: scripts/cameo-data.sh UNDP_GIT_DIR PY_GDELT_GIT_DIR PLOVER_GIT_DIR}"
pygdelt="${2:?usage}"; plover="${3:?usage}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sources=(
  "mpiccirilli/UNDP-BCPR-Project|$undp|08d29bb45bd64d999e6212382fb7cf145f9eb37d|CAMEO.goldsteinscale.txt|GDELT lookup file (GDELT Project, free and open; cite GDELT)"
  "RBozydar/py-gdelt|$pygdelt|6d1becc2690cabedcf6f651567e77e5a5ad5838c|gdelt_docs/cameo_docs/chapter_6_cameo_event_codes.md|CAMEO manual v1.1b3 (Schrodt 2012, CC BY-NC-SA 3.0; code names are short factual labels), carried by an MIT repository"
  "openeventdata/PLOVER|$plover|5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f|CAMEO2PLOVER-2021.txt|CC BY-SA 4.0 (PLOVER repository)"
)
files=()
for s in "${sources[@]}"; do
  IFS='|' read -r name dir commit path licence <<<"$s"
  git_dir="$(git -C "$dir" rev-parse --absolute-git-dir 2>/dev/null || echo "$dir")"
  out="$work/$(basename "$path")"
  git --git-dir="$git_dir" show "$commit:$path" > "$out"
  printf '%s\t%s\t%s\t%s\n' "$name" "$commit" "$path" "$licence" >> "$work/manifest"
  files+=("$out")
done
python3 "$here/scripts/cameo-data.py" "$work/manifest" "${files[@]}" \
  > "$here/core/src/main/resources/org/sitrep/coding/cameo-codes.tsv"
