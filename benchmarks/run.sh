#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md, in both JVM modes (the default, and -XX:TieredStopAtLevel=1 as Lambda runs
# Java), each figure a ratio against a baseline measured in the same run; then whole processes against ajv-cli
# (benchmarks/ajv.sh). About 35 minutes on 2 cores.
#   benchmarks/run.sh             everything
#   benchmarks/run.sh --rapide    shorter JMH iterations and fewer ajv-cli rounds, for a look, not for the record
#   benchmarks/run.sh --sans-jmh  keeps the JMH results already in benchmarks/results, measures the rest again
#   benchmarks/run.sh --sans-ajv  everything but benchmarks/ajv.sh (run it alone afterwards, then rapport.py)
# Needs hyperfine (apt-get install hyperfine), python3, and node with npm (ajv-cli). Results: benchmarks/results/,
# then BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine est introuvable (apt-get install hyperfine)." >&2; exit 1; }

iterations=(-wi 3 -w 1 -i 5 -r 1)
rapide=()
[ "${1:-}" = "--rapide" ] && iterations=(-wi 2 -w 1 -i 3 -r 1) rapide=(--rapide)
avec_jmh=true
[ "${1:-}" = "--sans-jmh" ] && avec_jmh=false
avec_ajv=true
[ "${1:-}" = "--sans-ajv" ] && avec_ajv=false
# This VM pays dearly for the first touch of each memory page: a pre-touched, fixed heap keeps GC and page faults
# from blurring the warm path (they are measured apart, by the start-up and heap benchmarks).
tas="-Xms2g -Xmx2g -XX:+AlwaysPreTouch"

./mvnw -B -q -Pbenchmarks package -DskipTests
resultats=benchmarks/results
mkdir -p "$resultats"
jar=function/target/simulateur-sons.jar
bench=benchmarks/target/benchmarks.jar
java -cp "$bench" fr.simulateursons.benchmarks.Generer "$resultats/fichiers"
quatre="$resultats/fichiers/avance-4194304-valide.json"
simuler=(simuler --numero-ans SONS-V2-DEMO-DPI --type-demande AVANCE --taux-tva 20 --sortie /dev/null)

for mode in c2 c1; do
  jvm=""
  [ "$mode" = c1 ] && jvm="-XX:TieredStopAtLevel=1"
  if $avec_jmh; then
    echo "== JMH, $mode" >&2
    java -jar "$bench" 'ChaineBenchmark' -p fichier=valide "${iterations[@]}" -f 2 -jvmArgsAppend "$tas $jvm" \
      -rf json -rff "$resultats/jmh-$mode.json" >"$resultats/jmh-$mode.log"
    java -jar "$bench" 'ChaineBenchmark.chaineComplete' -p fichier=anomalies -p taille=4194304 "${iterations[@]}" -f 2 \
      -jvmArgsAppend "$tas $jvm" -rf json -rff "$resultats/jmh-anomalies-$mode.json" >"$resultats/jmh-anomalies-$mode.log"
  fi

  echo "== paired ratios, $mode" >&2
  # shellcheck disable=SC2086
  java $tas $jvm -cp "$bench" fr.simulateursons.benchmarks.RatiosApparies 40 >"$resultats/ratios-$mode.jsonl"

  echo "== start-up, $mode" >&2
  # shellcheck disable=SC2086
  java $jvm -XX:ArchiveClassesAtExit="$resultats/simulateur-$mode.jsa" -jar "$jar" "${simuler[@]}" "$quatre" >/dev/null 2>&1 || true
  hyperfine -N --warmup 2 --runs 10 --export-json "$resultats/demarrage-$mode.json" \
    -n bonjour "java $jvm -cp $bench fr.simulateursons.benchmarks.Bonjour" \
    -n lire-seulement "java $jvm -cp $bench fr.simulateursons.benchmarks.LireSeulement $quatre" \
    -n lire-et-valider "java $jvm -cp $bench fr.simulateursons.benchmarks.LireEtValider $quatre" \
    -n simuler "java $jvm -jar $jar ${simuler[*]} $quatre" \
    -n simuler-appcds "java $jvm -XX:SharedArchiveFile=$resultats/simulateur-$mode.jsa -jar $jar ${simuler[*]} $quatre" \
    >"$resultats/demarrage-$mode.log" 2>&1 || true
done

echo "== peak heap" >&2
# The smallest -Xmx with which simuler still gives its verdict (an OutOfMemoryError is ERREUR_INTERNE, a JVM that
# cannot start prints nothing).
: >"$resultats/tas.txt"
for fichier in avance-4194304-valide avance-4194304-anomalies; do
  bas=4
  haut=1024
  while [ $((haut - bas)) -gt 1 ]; do
    milieu=$(((bas + haut) / 2))
    sortie=$(java -XX:TieredStopAtLevel=1 -Xmx${milieu}m -jar "$jar" "${simuler[@]}" "$resultats/fichiers/$fichier.json" \
      2>/dev/null || true)
    if grep -q '"etat" : "RE' <<<"$sortie"; then haut=$milieu; else bas=$milieu; fi
  done
  echo "$fichier $haut $(stat -c %s "$resultats/fichiers/$fichier.json")" >>"$resultats/tas.txt"
done

if $avec_ajv; then
  echo "== against ajv-cli" >&2
  benchmarks/ajv.sh "${rapide[@]}"
fi

python3 benchmarks/rapport.py "$resultats" >BENCHMARKS.md
echo "BENCHMARKS.md written." >&2
