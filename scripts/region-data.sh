#!/usr/bin/env bash
# Rebuilds core/src/main/resources/org/sitrep/actors/regions.tsv: first-level regions (states,
# provinces: "Arizona", "Punjab", "Lagos") with their ISO 3166 alpha-3 country, from the npm package
# country-region-data (MIT), country codes mapped from alpha-2 with world-countries (ODbL). A region
# places the actor it goes with ("Arizona police", "the governor of Kano"); it is never an actor alone.
# Run by hand; the build never fetches.
# Usage: scripts/region-data.sh [country-region-data-version] [world-countries-version]
set -euo pipefail
regions="${1:-4.1.0}"
countries="${2:-5.1.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "country-region-data@$regions" >/dev/null && npm pack --silent "world-countries@$countries" >/dev/null \
  && mkdir r w && tar xzf "country-region-data-$regions.tgz" -C r && tar xzf "world-countries-$countries.tgz" -C w)
sha="$(sha256sum "$work/country-region-data-$regions.tgz" | cut -d' ' -f1)"
node "$here/scripts/region-data.mjs" "$work/r/package/data.json" "$work/w/package/countries.json" \
  "country-region-data@$regions" "$sha" > "$here/core/src/main/resources/org/sitrep/actors/regions.tsv"
echo "wrote core/src/main/resources/org/sitrep/actors/regions.tsv from country-region-data@$regions ($sha)"
