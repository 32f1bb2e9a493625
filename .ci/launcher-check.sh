#!/usr/bin/env bash
# The launcher's start-up archive: the first store command after a build writes it from a representative
# (demo) run, and later commands use it without preparing it again. Run by .ci/run after the build.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
rm -f "$repo/cli/target/sitrep.jsa"
fail() { echo "launcher check: $1" >&2; exit 1; }
first="$("$repo/sitrep" stats --db "$scratch/none.db" 2>&1 || true)"
grep -q "preparing faster start-up" <<<"$first" || fail "the first command did not prepare the archive: $first"
[[ -s "$repo/cli/target/sitrep.jsa" ]] || fail "no class-data archive after the first command"
second="$("$repo/sitrep" stats --db "$scratch/none.db" 2>&1 || true)"
! grep -q "preparing" <<<"$second" || fail "the archive was prepared again"
grep -q "no store at" <<<"$second" || fail "stats with the archive said: $second"
echo "launcher check: the class-data archive is written once from a demo run and used after ($(du -h "$repo/cli/target/sitrep.jsa" | cut -f1))"
