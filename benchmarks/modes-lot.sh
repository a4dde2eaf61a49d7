#!/usr/bin/env bash
# The launcher's JVM mode for the largest lots (issue 25): simuler-lot on N copies of the example, forced to C1 alone
# (SIMULATEUR_SONS_C1=oui) and to the JVM's default tiers (SIMULATEUR_SONS_C1=non), in PAIRES alternated pairs, each
# run into an empty --sortie. ajv.sh measures both modes up to 20 000 files; this goes past, where the threshold lies.
#   benchmarks/modes-lot.sh 50000 4
# Appends "N pair mode wall user system psi" lines to benchmarks/results/modes-lot.txt (psi: the share of the last
# minute during which some task of the machine waited for a CPU, /proc/pressure/cpu), which rapport.py summarises.
set -euo pipefail
cd "$(dirname "$0")/.."
n=$1 paires=$2
lot=benchmarks/target/modes-lot
resultats=benchmarks/results
mkdir -p "$lot" "$resultats"
if [ "$(find "$lot/d$n" -name '*.json' 2>/dev/null | wc -l)" != "$n" ]; then
  rm -rf "$lot/d$n"
  mkdir -p "$lot/d$n"
  for i in $(seq 1 "$n"); do cp examples/avance-valide.json "$lot/d$n/avance-$i.json"; done
fi
printf '{"defaut": {"numero-ans": "SONS-V2-DEMO-DPI", "type-demande": "AVANCE", "taux-tva": "20"}}\n' >"$lot/parametres.json"
for p in $(seq 1 "$paires"); do
  ordre="oui non"
  [ $((p % 2)) = 0 ] && ordre="non oui"
  for mode in $ordre; do
    # Moved aside, not deleted, as in ajv.sh: ext4 is slow to create files where many were deleted.
    [ -d "$lot/runs" ] && mv "$lot/runs" "$lot/corbeille-$(date +%s%N)"
    mesure=$( { /usr/bin/time -f "%e %U %S" env SIMULATEUR_SONS_C1=$mode bin/simulateur-sons simuler-lot \
      --parametres "$lot/parametres.json" --sortie "$lot/runs" --run-id modes "$lot/d$n" >/dev/null; } 2>&1 | tail -1)
    echo "$n $p $mode $mesure $(sed -n 's/^some avg10=[^ ]* avg60=\([^ ]*\) .*/\1/p' /proc/pressure/cpu)" >>"$resultats/modes-lot.txt"
  done
done
rm -rf "$lot/runs" "$lot"/corbeille-*
