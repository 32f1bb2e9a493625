#!/usr/bin/env bash
# Whole-process extraction benchmark, as a user meets it: one core (taskset -c 0), start-up
# included. Copies the 181 article-extraction pages five times over (905 files) into a temporary
# directory, then times `./sitrep extract DIR --format text --out OUT` against Readability4J and
# boilerpipe run over the same files by bench's PeerExtract, alternating, ROUNDS times each, and
# jsoup's parse alone (the floor for any extractor built on jsoup).
# Usage: bench/whole-process.sh [ROUNDS]   (needs ../shared; builds the jars first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/jdk.sh
JAVA_HOME="$(sitrep_find_jdk)"; export JAVA_HOME; sitrep_quiet_maven
rounds="${1:-5}"
data="../shared/bench/article-extraction/html"
[[ -d "$data" ]] || { echo "no $data: nothing to measure" >&2; exit 1; }
./mvnw -q -B -pl cli,bench -am package -DskipTests >&2
./sitrep --version >/dev/null   # the launcher's own build check, outside the timings

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for copy in 1 2 3 4 5; do
  for f in "$data"/*.html.gz; do cp "$f" "$work/in/c${copy}-$(basename "$f")"; done
done
echo "input: $(ls "$work/in" | wc -l) files; JDK $(sitrep_jdk_version "$JAVA_HOME"); one core (taskset -c 0)"

declare -A times
source bench/timing.sh
for ((i = 0; i < rounds; i++)); do
  run sitrep ./sitrep extract "$work/in" --format text --out "$work/out" --no-progress
  run readability4j "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp bench/target/sitrep-bench.jar org.sitrep.bench.PeerExtract readability4j "$work/in" "$work/out"
  run boilerpipe "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp bench/target/sitrep-bench.jar org.sitrep.bench.PeerExtract boilerpipe "$work/in" "$work/out"
  # Not a rival: jsoup's parse and body text alone, with the launcher's JVM settings. Any jsoup-based
  # extractor costs at least this, so readability4j / jsoup-parse bounds the ratio any of them can reach.
  run jsoup-parse "$JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp bench/target/sitrep-bench.jar org.sitrep.bench.PeerExtract jsoup-parse "$work/in" "$work/out"
done
s=$(echo "${times[sitrep]}" | median)
for name in sitrep readability4j boilerpipe jsoup-parse; do
  m=$(echo "${times[$name]}" | median)
  printf '%-14s median %6.2f s over %d runs   (%s)   ratio to sitrep %.2fx\n' "$name" "$m" "$rounds" "${times[$name]% }" "$(awk -v a="$m" -v b="$s" 'BEGIN {print a / b}')"
done
