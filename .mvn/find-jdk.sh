# Sourced by ./mvnw. Switchyard builds at the Java 21 language level and needs a JDK 21 or newer.
# Keeps JAVA_HOME when it already names one; otherwise picks the newest JDK 21+ under
# $SWITCHYARD_JDK_DIRS (default /usr/lib/jvm), so a machine whose default `java` is 17 still builds.

switchyard_jdk_major() {
  # JAVA_VERSION="25.0.3" or "1.8.0_402" in $1/release
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  printf '%s' "${v:-0}"
}

switchyard_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(switchyard_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    export JAVA_HOME
    return 0
  fi
  best="" best_major=0 noglob=""
  case $- in *f*) noglob=1; set +f ;; esac
  for dir in ${SWITCHYARD_JDK_DIRS:-/usr/lib/jvm}; do
    for candidate in "$dir"/*; do
      [ -x "$candidate/bin/javac" ] || continue
      major=$(switchyard_jdk_major "$candidate")
      if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
        best="$candidate" best_major="$major"
      fi
    done
  done
  [ -z "$noglob" ] || set -f
  if [ -z "$best" ]; then
    echo "Switchyard needs a JDK 21 or newer: set JAVA_HOME, or install one under ${SWITCHYARD_JDK_DIRS:-/usr/lib/jvm}." >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

switchyard_pick_jdk

# Maven's own Guice touches sun.misc.Unsafe; JDK 24+ warns about it on every run.
if [ "$(switchyard_jdk_major "$JAVA_HOME")" -ge 24 ]; then
  MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"
  export MAVEN_OPTS
fi
