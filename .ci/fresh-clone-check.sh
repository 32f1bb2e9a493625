#!/usr/bin/env bash
# Codes the seed article with the built CLI from a scratch directory that has no ../shared beside it (nor
# anywhere above it) and no coding.reference: the CAMEO names, Goldstein scores and PLOVER categories must
# come from the table Sitrep ships. Run by .ci/run after the build; needs the JDK in JAVA_HOME.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
seed="$repo/../shared/examples/independent-2024-06-14-putin-north-korea.txt"
[[ -f "$seed" ]] || seed="$repo/cli/src/test/resources/fresh-clone-seed.txt"
cp "$seed" "$scratch/seed.txt"
out="$(cd "$scratch" && env -u SITREP_REFERENCE HOME="$scratch" "$JAVA_HOME/bin/java" -jar "$repo/cli/target/sitrep.jar" \
  code seed.txt 2>"$scratch/err")"
fail() { echo "fresh-clone check: $1" >&2; cat "$scratch/err" >&2; exit 1; }
grep -q '"name" : "Make a visit"' <<<"$out" || fail "no CAMEO name on the seed's 042 event"
grep -q '"goldstein" : 1.9' <<<"$out" || fail "no Goldstein score on the seed's 042 event"
grep -q '"plover" : "CONSULT"' <<<"$out" || fail "no PLOVER category on the seed's 042 event"
! grep -qi 'reference tables' "$scratch/err" || fail "a warning about missing reference tables"
echo "fresh-clone check: the seed codes with CAMEO names, Goldstein scores and PLOVER categories without ../shared"
