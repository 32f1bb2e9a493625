#!/usr/bin/env bash
# Rebuilds web/src/main/resources/org/sitrep/web/map/countries.tsv, the dashboard's world map, from the npm packages
# world-atlas (Natural Earth 1:110m country shapes, public domain; package ISC), topojson-client (ISC) and
# world-countries (numeric to alpha-3 codes; ODbL 1.0). Run by hand; the build and the dashboard fetch nothing.
# Needs node and npm. Usage: scripts/map-data.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prov=()
for p in world-atlas@2.0.2 topojson-client@3.1.0 world-countries@5.1.0; do
  (cd "$work" && npm pack --silent "$p" >/dev/null)
  tgz="$work/${p/@/-}.tgz"
  mkdir -p "$work/${p%@*}" && tar xzf "$tgz" -C "$work/${p%@*}"
  licence="$(node -e 'console.log(require(process.argv[1]).license)' "$work/${p%@*}/package/package.json")"
  prov+=("source: npm $p, tarball sha256 $(sha256sum "$tgz" | cut -d' ' -f1), licence $licence")
done
prov+=("shapes: Natural Earth (naturalearthdata.com), public domain; codes: world-countries data by mledoze/countries, ODbL 1.0")
mkdir -p "$here/web/src/main/resources/org/sitrep/web/map"
node "$here/scripts/map-data.mjs" "$work/world-atlas/package/countries-110m.json" \
  "$work/topojson-client/package/dist/topojson-client.js" "$work/world-countries/package/countries.json" "${prov[@]}" \
  > "$here/web/src/main/resources/org/sitrep/web/map/countries.tsv"
echo "wrote web/src/main/resources/org/sitrep/web/map/countries.tsv"
