# Sourced by ./mvnw and ./ssiplan: picks a JDK 21+ and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, then the newest 21+ JDK in the system's JVM directory,
# then `java` on the PATH; otherwise explain what to install. Eclipse 4.39 bundles declare
# JavaSE-21 and Tycho 5 runs on 21+, so an older JDK cannot build or run SSI Planner.

ssiplan_java_major() {
  # Prints the major version of the JDK at $1 (e.g. 17, 21, 25), or nothing.
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

ssiplan_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(ssiplan_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then export JAVA_HOME; return 0; fi
    echo "ssiplan: JAVA_HOME=$JAVA_HOME is Java ${v:-?}; SSI Planner needs 21 or newer, looking for another JDK" >&2
  fi
  best=""; bestv=0
  for d in ${SSIPLAN_JVM_DIR:-/usr/lib/jvm}/*; do
    [ -d "$d" ] || continue
    v=$(ssiplan_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    v=$(ssiplan_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best=$d; fi
  fi
  if [ -z "$best" ]; then
    echo "ssiplan: no JDK 21 or newer found (JAVA_HOME unset or older; nothing in ${SSIPLAN_JVM_DIR:-/usr/lib/jvm})." >&2
    echo "ssiplan: install one, e.g. 'apt-get install openjdk-21-jdk' (or a Temurin 21/25 JDK), or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}
