#!/usr/bin/env bash
# Rebuilds core/src/main/resources/org/sitrep/actors/countries.tsv from the npm package
# world-countries (data from mledoze/countries, ODbL 1.0). Run by hand when the package is updated;
# the build never fetches anything. Needs node and npm. Usage: scripts/country-data.sh [version]
set -euo pipefail
version="${1:-5.1.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-countries@$version" >/dev/null && tar xzf "world-countries-$version.tgz")
sha="$(sha256sum "$work/world-countries-$version.tgz" | cut -d' ' -f1)"
licence="$(node -e 'console.log(require(process.argv[1]).license)' "$work/package/package.json")"
node "$here/scripts/country-data.mjs" "$work/package/countries.json" "world-countries" "$version" "$sha" "$licence" \
  > "$here/core/src/main/resources/org/sitrep/actors/countries.tsv"
echo "wrote core/src/main/resources/org/sitrep/actors/countries.tsv from world-countries@$version ($sha)"
