#!/usr/bin/env bash
# Whole processes against ajv-cli (issues 15 and 25): the same valid files checked by `bin/simulateur-sons` and by
# `ajv validate`, each a fresh process, on five workloads: the small example, the generated 4 MiB file, and lots of
# 200, 2 000 and 20 000 copies of the example (simuler-lot against one ajv over a glob): the cost curve, from which
# the report takes each one's cost per file past start-up, and the disk a run takes per file. About 25 minutes on 2
# cores.
#   benchmarks/ajv.sh            the measurement of BENCHMARKS.md
#   benchmarks/ajv.sh --rapide   2 rounds of 2 runs, for a look, not for the record
# benchmarks/run.sh calls it; alone, it builds the jars if they are missing. Needs hyperfine, node and npm, python3.
# Results: benchmarks/results/ajv-*.json; `python3 benchmarks/rapport.py benchmarks/results` writes the section.
set -euo pipefail
cd "$(dirname "$0")/.."
for outil in hyperfine node npm python3; do
  command -v "$outil" >/dev/null || { echo "$outil est introuvable." >&2; exit 1; }
done

# hyperfine runs every run of one command before the next command, never interleaved: so the pair is measured in
# rounds, one hyperfine per round with the commands in the opposite order each round, and the ratio is taken in
# each round, against the ajv of that round; an even number of rounds puts every command as often early as
# late. The report gives the median of the rounds' ratios and their range.
tours=6
executions=4
[ "${1:-}" = "--rapide" ] && tours=2 executions=2

resultats=benchmarks/results
jar=function/target/simulateur-sons.jar
bench=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ ! -f "$bench" ]; then
  ./mvnw -B -q -Pbenchmarks package -DskipTests
fi
lanceur=bin/simulateur-sons
schema=moteur/src/main/resources/format-sons/vague2/avance.schema.json
petit=examples/avance-valide.json
quatre=$resultats/fichiers/avance-4194304-valide.json
mkdir -p "$resultats"
[ -f "$quatre" ] || java -cp "$bench" fr.simulateursons.benchmarks.Generer "$resultats/fichiers"

# ajv-cli and its formats at exact versions, and ajv itself (both only ask for ^8): a later release must not change
# the baseline between two runs. Installed once, under target/ (not in the repository).
ajv_cli=5.0.0 ajv_formats=3.0.1 ajv_version=8.20.0
dossier_ajv=benchmarks/target/ajv
ajv=$dossier_ajv/node_modules/.bin/ajv
version_npm() {
  node -p "require('./$dossier_ajv/node_modules/$1/package.json').version" 2>/dev/null || true
}
if [ "$(version_npm ajv-cli)" != $ajv_cli ] || [ "$(version_npm ajv-formats)" != $ajv_formats ] ||
  [ "$(version_npm ajv)" != $ajv_version ]; then
  mkdir -p "$dossier_ajv"
  npm install --prefix "$dossier_ajv" --no-audit --no-fund --save-exact --loglevel=error \
    "ajv-cli@$ajv_cli" "ajv-formats@$ajv_formats" "ajv@$ajv_version" >&2
fi

# The lots: 200, 2 000 and 20 000 copies of the example. Their parameters lie beside the directories, not in them, so
# that ajv's glob does not take them for a file to validate; simuler-lot is given them with --parametres.
lot=benchmarks/target/ajv-lot
copies=2000
lots=(200 $copies 20000)
dossier_du_lot() {
  if [ "$1" = $copies ]; then echo "$lot/dossier"; else echo "$lot/d$1"; fi
}
for n in "${lots[@]}"; do
  d=$(dossier_du_lot "$n")
  if [ "$(find "$d" -name '*.json' 2>/dev/null | wc -l)" != "$n" ]; then
    rm -rf "$d"
    mkdir -p "$d"
    for i in $(seq 1 "$n"); do cp "$petit" "$d/avance-$i.json"; done
  fi
done
printf '{"defaut": {"numero-ans": "SONS-V2-DEMO-DPI", "type-demande": "AVANCE", "taux-tva": "20"}}\n' \
  >"$lot/parametres.json"
runs=$lot/runs
# Each timed run of the lot writes its run into an empty --sortie, as the first re-validation of an archive does;
# the previous run is moved aside, not deleted: where many files had been deleted, ext4 was measured here 18 times
# slower to create new ones (it passes over the freed inodes), which would time the file system's bookkeeping,
# not ours. The runs moved aside are deleted once, after the last round.
corbeille=$lot/corbeille
ecarter="bash -c 'mkdir -p $corbeille && if [ -d $runs ]; then mv $runs $corbeille/\$(date +%s%N); fi'"

# ajv: draft 2020-12 as the schema declares, the formats (dates, e-mail…) checked as ours does, and
# --multiple-of-precision=2: without it ajv tests `multipleOf: 0.01` in binary floating point and rejects valid
# amounts such as 1079.19 (BENCHMARKS.md, fairness notes).
ajv_validate="$ajv validate --spec=draft2020 -c ajv-formats --multiple-of-precision=2 -s $schema"
simuler="simuler --numero-ans SONS-V2-DEMO-DPI --type-demande AVANCE --taux-tva 20 --sortie /dev/null"
simuler_lot="simuler-lot --parametres $lot/parametres.json --sortie $runs --run-id bench"

# The launcher's JDK, and the libraries alone on it (Jackson reads the file, networknt validates it, no code of
# ours: LireEtValider), with an AOT cache trained on the 4 MiB file and the launcher's flags: the floor of a chain
# built on these two libraries, measured beside ajv.
jvm_du_lanceur=$(JDK_JAVA_OPTIONS=-XshowSettings:properties "$lanceur" --version 2>&1 |
  sed -n 's/^ *java.home = //p')
# A floor's command: the class CLASSE of the benchmarks on the launcher's JVM, on C1 with Serial GC and FLAGS, and
# an AOT cache of its own trained by one run of it on ARGS… (into an empty --sortie, for the lot). Prints the
# command without its arguments.
plancher() {
  local cache=benchmarks/target/$1.aot drapeaux="-XX:TieredStopAtLevel=1 ${2:+$2 }-XX:+UseSerialGC"
  local classe=fr.simulateursons.benchmarks.$3 aot=""
  shift 3
  if [ ! -s "$cache" ] || [ "$bench" -nt "$cache" ]; then
    eval "$ecarter"
    # shellcheck disable=SC2086
    "$jvm_du_lanceur/bin/java" -XX:AOTCacheOutput="$cache" $drapeaux -cp "$bench" "$classe" "$@" >/dev/null 2>&1 ||
      rm -f "$cache"
  fi
  [ -s "$cache" ] && aot="-XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off "
  echo "$jvm_du_lanceur/bin/java $aot$drapeaux -XX:-UsePerfData -cp $bench $classe"
}
bibliotheques=$(plancher lire-et-valider "" LireEtValider "$quatre")
# The same for the lots (LotBibliotheques: every file read and validated on one thread per core, and a journal and the
# statuses of the invalid files written, as a run writes them), with the compile threshold the launcher gives
# simuler-lot: the floor of simuler-lot on these libraries.
lot_bibliotheques="$(plancher lot-bibliotheques -XX:CompileThresholdScaling=0.2 LotBibliotheques "$lot/dossier" "$runs")"
# The commands of one workload, as NAME=COMMAND: ours (the launcher) and ajv first, the pair of the ratio; then
# where the launcher's gain comes from: the launcher forced into each JVM mode (C1 alone, the default tiers), without
# its cache, and the plain `java -jar` of the default JDK. `env` sets a variable for hyperfine -N, which starts no shell.
commandes() {
  local operandes=$1 ajv_donnees=$2 complet=$3
  echo "nous=$lanceur $operandes"
  echo "ajv=$ajv_validate -d $ajv_donnees"
  echo "nous-c1=env SIMULATEUR_SONS_C1=oui $lanceur $operandes"
  echo "nous-c1-c2=env SIMULATEUR_SONS_C1=non $lanceur $operandes"
  if [ "$complet" = oui ]; then
    echo "nous-sans-cache=env SIMULATEUR_SONS_CACHE=non $lanceur $operandes"
    echo "java-jar=java -jar $jar $operandes"
  fi
  shift 3
  for autre in "$@"; do echo "$autre"; done
}
declare -A charges
charges[petit]=$(commandes "$simuler $petit" "$petit" oui "bibliotheques=$bibliotheques $petit")
charges[4mio]=$(commandes "$simuler $quatre" "$quatre" oui "bibliotheques=$bibliotheques $quatre")
# The glob is ajv's own (hyperfine -N passes the quotes' content as one argument). The 2 000 files keep the name
# `lot` and every command; the two other sizes time the pair and the modes.
for n in "${lots[@]}"; do
  d=$(dossier_du_lot "$n")
  nom=lot-$n complet=non
  [ "$n" = $copies ] && nom=lot complet=oui
  charges[$nom]=$(commandes "$simuler_lot $d" "'$d/*.json'" $complet "bibliotheques=$lot_bibliotheques $d $runs")
done
ordre_des_charges=(petit 4mio lot-200 lot lot-20000)
copies_de() {
  case "$1" in lot) echo $copies ;; lot-*) echo "${1#lot-}" ;; esac
}

# Every command once, before any timing: each must find the files valid (a rejection would time another path),
# and the launcher's first use trains its class cache, which must not fall in a timed run.
verifier() {
  local nom=$1 commande=$2 attendu=$3 sortie
  eval "$ecarter"
  sortie=$(eval "$commande" 2>&1) || { echo "$nom a échoué : $sortie" >&2; exit 1; }
  if [ "$(grep -cE "$attendu" <<<"$sortie")" != "$4" ]; then
    echo "$nom ne trouve pas les fichiers valides : $(head -c 2000 <<<"$sortie")" >&2
    exit 1
  fi
}
: >"$resultats/ajv-disque.txt.tmp"
for charge in "${ordre_des_charges[@]}"; do
  n=$(copies_de "$charge")
  while IFS= read -r ligne; do
    nom=${ligne%%=*} commande=${ligne#*=}
    case "$nom:$charge" in
      ajv:lot*) verifier "$nom" "$commande" ' valid$' "$n" ;;
      ajv:*) verifier "$nom" "$commande" ' valid$' 1 ;;
      bibliotheques:lot*) verifier "$nom" "$commande" "^$n\$" 1 ;;
      bibliotheques:*) verifier "$nom" "$commande" '^0$' 1 ;;
      *:lot*) verifier "$nom" "$commande" "\"REUSSI\" : $n," 1 ;;
      *) verifier "$nom" "$commande" '"etat" : "REUSSI"' 1 ;;
    esac
    # What a run of this lot leaves on the disk, as du counts it (blocks, not bytes).
    if [ "$nom" = nous ] && [ -n "$n" ]; then
      echo "$charge $n $(du -sk "$runs/bench" | cut -f1) $(find "$runs/bench" -type f | wc -l)" >>"$resultats/ajv-disque.txt.tmp"
    fi
  done <<<"${charges[$charge]}"
done
mv "$resultats/ajv-disque.txt.tmp" "$resultats/ajv-disque.txt"

rm -f "$resultats"/ajv-*.json
# How busy the machine was while we timed: the share of the time during which some task waited for a CPU
# (/proc/pressure/cpu, "some", in µs), between the first and the last round.
pression() {
  sed -n 's/^some .*total=\([0-9]*\)$/\1/p' /proc/pressure/cpu 2>/dev/null || true
}
pression_debut=$(pression) instant_debut=$(date +%s%N)
for charge in "${ordre_des_charges[@]}"; do
  mapfile -t lignes <<<"${charges[$charge]}"
  for tour in $(seq 1 $tours); do
    echo "== ajv-cli, $charge, round $tour/$tours" >&2
    arguments=()
    # Each run of the lot writes a new run into an empty --sortie, as the first re-validation of an archive.
    [[ "$charge" = lot* ]] && arguments+=(--prepare "$ecarter")
    ordre=("${lignes[@]}")
    if [ $((tour % 2)) = 0 ]; then
      ordre=()
      for ((i = ${#lignes[@]} - 1; i >= 0; i--)); do ordre+=("${lignes[i]}"); done
    fi
    for ligne in "${ordre[@]}"; do arguments+=(-n "${ligne%%=*}" "${ligne#*=}"); done
    hyperfine -N --warmup 1 --runs $executions --style basic "${arguments[@]}" \
      --export-json "$resultats/ajv-$charge-$tour.json" >"$resultats/ajv-$charge-$tour.log" 2>&1
  done
done
pression_fin=$(pression) instant_fin=$(date +%s%N)
pression_cpu=""
if [ -n "$pression_debut" ] && [ -n "$pression_fin" ]; then
  pression_cpu=$(( (pression_fin - pression_debut) * 1000000 / (instant_fin - instant_debut) ))
fi
rm -rf "$runs" "$corbeille"

# What the report prints beside the figures: the machine, both JVMs (the default `java`, and the one the
# launcher picks, with the flags it gives it), node and the ajv packages, and the exact commands.
# The JVM prints its -XX flags; the one system property the launcher sets is read back from its settings.
drapeaux() {
  local commande=$1
  shift
  # shellcheck disable=SC2086
  env "$@" JDK_JAVA_OPTIONS="-XX:+PrintCommandLineFlags -XshowSettings:properties" "$lanceur" $commande 2>&1 |
    sed -n -e 's|^\(-XX.*\)|\1|p' -e 's|^ *\(jdk.reflect.useNativeAccessorOnly\) = \(.*\)|-D\1=\2|p' |
    tr '\n' ' ' | sed "s|$PWD/||g" || true
}
export AJV_TOURS=$tours AJV_EXECUTIONS=$executions AJV_COPIES=$copies
export AJV_JAVA=$(java -version 2>&1) AJV_JAVA_LANCEUR=$("$jvm_du_lanceur/bin/java" -version 2>&1)
export AJV_JAVA_LANCEUR_HOME=$jvm_du_lanceur
export AJV_DRAPEAUX=$(drapeaux "$simuler $petit" SIMULATEUR_SONS_C1=oui)
export AJV_DRAPEAUX_LOT=$(drapeaux "$simuler_lot $lot/dossier --help")
export AJV_DRAPEAUX_LOT_GRAND=$(drapeaux "$simuler_lot $lot/d20000 --help")
export AJV_DRAPEAUX_C1_C2=$(drapeaux "$simuler $petit" SIMULATEUR_SONS_C1=non)
export AJV_NODE=$(node --version)
export AJV_VERSIONS="ajv-cli $(version_npm ajv-cli), ajv-formats $(version_npm ajv-formats), ajv $(version_npm ajv)"
export AJV_CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1) AJV_COEURS=$(nproc)
export AJV_SYSTEME="$(uname -sr)" AJV_TAILLES="$(stat -c %s "$petit") $(stat -c %s "$quatre")"
export AJV_PETIT="${charges[petit]}" AJV_4MIO="${charges[4mio]}" AJV_LOT="${charges[lot]}"
export AJV_LOT_200="${charges[lot-200]}" AJV_LOT_20000="${charges[lot-20000]}"
export AJV_PARAMETRES="$(cat "$lot/parametres.json")" AJV_PRESSION="$pression_cpu"
python3 - "$resultats/ajv-contexte.json" <<'EOF'
import datetime, json, os, sys
e = os.environ
commandes = lambda v: dict(l.split("=", 1) for l in e[v].splitlines())
json.dump({"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "tours": int(e["AJV_TOURS"]), "executions": int(e["AJV_EXECUTIONS"]), "copies": int(e["AJV_COPIES"]),
           "cpu": e["AJV_CPU"], "coeurs": e["AJV_COEURS"], "systeme": e["AJV_SYSTEME"],
           "java": e["AJV_JAVA"], "javaLanceur": e["AJV_JAVA_LANCEUR"], "javaLanceurHome": e["AJV_JAVA_LANCEUR_HOME"],
           "drapeaux": e["AJV_DRAPEAUX"], "drapeauxLot": e["AJV_DRAPEAUX_LOT"],
           "drapeauxLotGrand": e["AJV_DRAPEAUX_LOT_GRAND"], "drapeauxC1C2": e["AJV_DRAPEAUX_C1_C2"],
           "node": e["AJV_NODE"], "ajv": e["AJV_VERSIONS"], "parametres": e["AJV_PARAMETRES"],
           "pressionCpu": int(e["AJV_PRESSION"]) / 10 if e["AJV_PRESSION"] else None,
           "tailles": [int(t) for t in e["AJV_TAILLES"].split()],
           "commandes": {"petit": commandes("AJV_PETIT"), "4mio": commandes("AJV_4MIO"),
                         "lot-200": commandes("AJV_LOT_200"), "lot": commandes("AJV_LOT"),
                         "lot-20000": commandes("AJV_LOT_20000")}},
          open(sys.argv[1], "w"), indent=2, ensure_ascii=False)
EOF
echo "ajv-cli: results in $resultats/ajv-*.json." >&2
