#!/bin/sh
# Runs ValidationBench (load, validate, save of a synthetic installation) outside OSGi on the classes
# the last build left in target/classes. Build first:
#   ./mvnw -B -q -o verify -pl targetplatform,bundles/ssiplan.model,bundles/ssiplan.validation,bundles/ssiplan.validation.tests
# then, from the repository root:  bundles/ssiplan.validation.tests/bench.sh [members] [guests] [warm-up] [rounds]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"
ssiplan_select_jdk
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
m2=${MAVEN_REPO:-$HOME/.m2/repository}/org/eclipse/emf
# The EMF versions the target platform pins (targetplatform/ssiplan.target); common: the newest present.
ecore=$(ls "$m2"/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar)
xmi=$(ls "$m2"/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar)
common=$(ls "$m2"/org.eclipse.emf.common/*/org.eclipse.emf.common-*.jar | sort -V | tail -1)
cp="$root/bundles/ssiplan.model/target/classes:$root/bundles/ssiplan.validation/target/classes:$here/target/classes:$ecore:$xmi:$common"
exec "$java" -Xmx2g -cp "$cp" ssiplan.validation.tests.ValidationBench "$@"
