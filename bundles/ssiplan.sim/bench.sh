#!/bin/sh
# Runs ScenarioBench (rolling maintenance of a generated 8-member installation, end to end) outside
# OSGi on the classes the last build left in target/classes. Build first:
#   ./mvnw -B -q -o verify -pl targetplatform,bundles/ssiplan.model,bundles/ssiplan.sim -DskipTests
# then, from the repository root:  bundles/ssiplan.sim/bench.sh [--compare] [--snapshot] [guests ...]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
ssiplan_select_jdk
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
m2=${MAVEN_REPO:-$HOME/.m2/repository}
emf=$m2/org/eclipse/emf
ecore=$(ls "$emf"/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar)
xmi=$(ls "$emf"/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar)
common=$(ls "$emf"/org.eclipse.emf.common/*/org.eclipse.emf.common-*.jar | sort -V | tail -1)
jackson=$m2/com/fasterxml/jackson/core
core=$(ls "$jackson"/jackson-core/2.22.4/jackson-core-2.22.4.jar)
databind=$(ls "$jackson"/jackson-databind/2.22.4/jackson-databind-2.22.4.jar)
annotations=$(ls "$jackson"/jackson-annotations/*/jackson-annotations-*.jar | sort -V | tail -1)
cp="$root/bundles/ssiplan.model/target/classes:$here/target/classes:$ecore:$xmi:$common:$core:$databind:$annotations"
exec "$java" -Xmx2g -cp "$cp" ssiplan.sim.bench.ScenarioBench "$@"
