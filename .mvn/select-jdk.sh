# Sourced by ./mvnw and ./fvgs: makes JAVA_HOME point at a JDK >= 21.
# Keeps JAVA_HOME when it already is one; otherwise takes the newest JDK >= 21 under /usr/lib/jvm.
# Fails with a clear message when there is none.

fvgs_java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
  fi
}

fvgs_select_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(fvgs_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then return 0; fi
  fi
  local noglob=0
  case $- in *f*) noglob=1; set +f ;; esac  # the Maven wrapper runs with globbing off
  for candidate in /usr/lib/jvm/*; do
    major=$(fvgs_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  [ "$noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "error: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable under /usr/lib/jvm)." >&2
    echo "       Install one (e.g. apt-get install openjdk-21-jdk-headless, or Temurin 21/25) and retry." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
