#!/usr/bin/env bash
# Where a file's time goes (issue 25): one run of simuler-lot through the launcher on the 20 000-file lot of
# benchmarks/ajv.sh, recorded by JFR (execution and native-method samples every millisecond, GC events), then
# benchmarks/profil.py sorts the samples by what they were doing. Run it after ajv.sh, which makes the lot.
# Results: benchmarks/results/profil-lot.json, which rapport.py puts in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
resultats=benchmarks/results
lot=benchmarks/target/ajv-lot
[ -d "$lot/d20000" ] || { echo "Le lot de 20 000 fichiers manque : lancez d'abord benchmarks/ajv.sh." >&2; exit 1; }
java_home=$(JDK_JAVA_OPTIONS=-XshowSettings:properties bin/simulateur-sons --version 2>&1 | sed -n 's/^ *java.home = //p')
travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT
# JFR loads classes of its own: the metaspace is given room, so that they do not cause a full collection the run
# without JFR does not have.
JDK_JAVA_OPTIONS="-XX:MetaspaceSize=256m -XX:StartFlightRecording=filename=$travail/lot.jfr,settings=profile,jdk.ExecutionSample#period=1ms,jdk.NativeMethodSample#period=1ms" \
  bin/simulateur-sons simuler-lot --parametres "$lot/parametres.json" --sortie "$travail/runs" --run-id profil \
  "$lot/d20000" >/dev/null 2>"$travail/err" || { cat "$travail/err" >&2; exit 1; }
python3 benchmarks/profil.py "$java_home/bin/jfr" "$travail/lot.jfr" >"$resultats/profil-lot.json"
echo "profil : $resultats/profil-lot.json" >&2
