#!/usr/bin/env bash
# Codes each one-sentence news item of bench/one-sentence/sentences.txt alone and counts those with an event
# of the expected source, target and CAMEO root. Usage, from the project root: bench/one-sentence.sh [-v]
set -euo pipefail
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
i=0
grep -v '^#' bench/one-sentence/sentences.txt | while IFS='|' read -r s _; do
  i=$((i+1)); printf '%s\n' "$s" > "$work/in/s$(printf %03d $i).txt"
done
./sitrep code "$work/in" --format json --out "$work/out" >/dev/null 2>&1 || true
python3 - "$work/out" "${1:-}" <<'PY'
import json, sys
out, verbose = sys.argv[1], sys.argv[2] == '-v'
lines = [l.rstrip('\n') for l in open('bench/one-sentence/sentences.txt') if not l.startswith('#')]
ok = 0
for i, line in enumerate(lines, 1):
    s, src, tgt, root = line.split('|')
    d = json.load(open(f'{out}/s{i:03d}.json'))
    evs = [((e['source'] or {}).get('country'), (e['target'] or {}).get('country'), e['cameo']) for e in d['events']]
    hit = any(root in ('-', c[:2]) and src in ('-', a) and tgt in ('-', b) for a, b, c in evs)
    ok += hit
    if verbose and not hit:
        print(f'miss: want {src}->{tgt} {root}: {s}\n      got {evs}')
print(f'one-sentence news: {ok}/{len(lines)} coded as expected')
PY
