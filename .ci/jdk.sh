# Sourced by ./sitrep and .ci/run: finds a JDK of version 21 or newer.
# JAVA_HOME when it is set and new enough, else the newest JDK under /usr/lib/jvm, else `java` on PATH.
sitrep_jdk_version() {
  local v
  v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  echo "${v:-0}"
}

sitrep_find_jdk() {
  local best="" best_v=0 v candidate
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    v="$(sitrep_jdk_version "$JAVA_HOME")"
    if (( v >= 21 )); then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [[ -x "$candidate/bin/javac" ]] || continue
    v="$(sitrep_jdk_version "$candidate")"
    if (( v > best_v )); then best="$candidate"; best_v="$v"; fi
  done
  if (( best_v >= 21 )); then echo "$best"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    v="$(sitrep_jdk_version "$candidate")"
    if (( v >= 21 )); then echo "$candidate"; return 0; fi
  fi
  echo "sitrep: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, PATH)." >&2
  echo "sitrep: install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) or set JAVA_HOME." >&2
  return 1
}

# Maven's own libraries call sun.misc.Unsafe; JDK 24+ warns about it on every build. Allow it there.
sitrep_quiet_maven() {
  if (( $(sitrep_jdk_version "$JAVA_HOME") >= 24 )); then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
