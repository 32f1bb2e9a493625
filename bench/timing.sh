# Shared by the whole-process benchmark scripts (sourced, not run): time a command on one core and
# take medians. Expects $work (a scratch directory) and an associative array `times`.

# run NAME COMMAND...: runs COMMAND on core 0 with $work/out emptied first, adds its wall time to times[NAME]
run() {
  local name="$1"; shift
  rm -rf "$work/out"; mkdir -p "$work/out"
  local start end
  start=$(date +%s.%N)
  taskset -c 0 "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  end=$(date +%s.%N)
  times[$name]+="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}') "
}

# median: the median of the numbers on stdin (space or newline separated)
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
