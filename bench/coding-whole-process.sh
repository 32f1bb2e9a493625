#!/usr/bin/env bash
# Whole-process coding benchmark, as a user meets it: one core (taskset -c 0), JVM start-up and
# model loading included. Writes the first 40 English article bodies of the extraction ground truth
# as .txt files, then times `./sitrep code DIR --out OUT` against CoreNLP's stock pipeline
# (tokenize,ssplit,pos,lemma,ner,depparse; its own command-line entry point, JSON output) over the
# same files, alternating, ROUNDS times each.
# Usage: bench/coding-whole-process.sh [ROUNDS] [FILES]   (needs ../shared; builds the jars first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/jdk.sh
JAVA_HOME="$(sitrep_find_jdk)"; export JAVA_HOME; sitrep_quiet_maven
rounds="${1:-3}"
files="${2:-40}"
[[ -f ../shared/bench/article-extraction/ground-truth.json ]] || { echo "no ../shared: nothing to measure" >&2; exit 1; }
./mvnw -q -B -pl cli,bench -am package -DskipTests >&2
./sitrep --version >/dev/null   # the launcher's own build check, outside the timings

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/java" -cp bench/target/sitrep-bench.jar org.sitrep.bench.CodingBenchmark --write-bodies "$work/in" --articles "$files" 2>/dev/null
ls "$work/in"/*.txt > "$work/list.txt"
words=$(cat "$work/in"/*.txt | wc -w)
echo "input: $(wc -l < "$work/list.txt") files, $words words; JDK $(sitrep_jdk_version "$JAVA_HOME"); one core (taskset -c 0)"

declare -A times
source bench/timing.sh
for ((i = 0; i < rounds; i++)); do
  run sitrep ./sitrep code "$work/in" --out "$work/out" --no-progress
  run corenlp "$JAVA_HOME/bin/java" -Xmx4g -cp bench/target/sitrep-bench.jar edu.stanford.nlp.pipeline.StanfordCoreNLP \
    -annotators tokenize,ssplit,pos,lemma,ner,depparse -filelist "$work/list.txt" -outputDirectory "$work/out" -outputFormat json
done
s=$(echo "${times[sitrep]}" | median)
for name in sitrep corenlp; do
  m=$(echo "${times[$name]}" | median)
  printf '%-8s median %7.2f s over %d runs (%s), %5.0f words/s   ratio to sitrep %.2fx\n' "$name" "$m" "$rounds" "${times[$name]% }" \
    "$(awk -v w="$words" -v t="$m" 'BEGIN {print w / t}')" "$(awk -v a="$m" -v b="$s" 'BEGIN {print a / b}')"
done
