#!/usr/bin/env bash
# The cost of a change on the valid 4 MiB path: this tree's shaded jar against the one built at REF (default: the
# commit before this round's work), paired in one warm JVM (DeuxVersions), in both JVM modes. One JSON line per mode
# in benchmarks/results/versions-MODE.json.
#   benchmarks/versions.sh [REF] [TOURS]
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:-28c4c11}
tours=${2:-40}

./mvnw -B -q -Pbenchmarks package -DskipTests
resultats=benchmarks/results
mkdir -p "$resultats"
avant=$(mktemp -d -t simulateur-sons-avant.XXXXXX)
trap 'git worktree remove --force "$avant/arbre" >/dev/null 2>&1 || true; rm -rf "$avant"' EXIT
git worktree add -q --detach "$avant/arbre" "$ref"
(cd "$avant/arbre" && ./mvnw -B -q -pl function -am package -DskipTests)
cp "$avant/arbre/function/target/simulateur-sons.jar" "$avant/avant.jar"

bench=benchmarks/target/benchmarks.jar
java -cp "$bench" fr.simulateursons.benchmarks.Generer "$resultats/fichiers"
quatre="$resultats/fichiers/avance-4194304-valide.json"
tas="-Xms2g -Xmx2g -XX:+AlwaysPreTouch"
for mode in c2 c1; do
  jvm=""
  [ "$mode" = c1 ] && jvm="-XX:TieredStopAtLevel=1"
  # shellcheck disable=SC2086
  java $tas $jvm -cp "$bench" fr.simulateursons.benchmarks.DeuxVersions "$avant/avant.jar" \
    function/target/simulateur-sons.jar "$tours" simuler --numero-ans SONS-V2-DEMO-DPI --type-demande AVANCE \
    --taux-tva 20 "$quatre" | tee "$resultats/versions-$mode.json"
done
