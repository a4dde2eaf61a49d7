#!/usr/bin/env python3
"""Where a file's time goes in a run of simuler-lot: the samples of a JFR recording, by what they were doing.

python3 benchmarks/profil.py JFR RECORDING.jfr > profil-lot.json

Each execution or native-method sample of a thread of the run is put in the first category (in the order below) that
one of its frames names; the samples of idle pool threads are left out. The collector's pauses are added from the
recording's GC events. Prints JSON: {"categories": {name: samples}, "periodeMs": …, "gcMs": …, "gcs": …}.
"""
import json
import re
import subprocess
import sys
from collections import Counter

CATEGORIES = [
    ("writing the run (journal, statuses, report)", ["MagasinFichiers.ecrire", "Files.write", "FileChannelImpl.write",
                                                     "FileChannelImpl.force", "createDirectories", "Runs.conclure"]),
    ("reading the reference", ["Runs.avant", "Runs.reference", "MagasinFichiers.lire"]),
    ("the status and the line (Statut, Verdict, JSON)", ["Statut.", "Runs.revalider", "Verdict.", "writeValueAsBytes",
                                                         "writeValueAsString"]),
    ("walking the directory", ["ParcoursLot", "walkFileTree"]),
    ("FORMAT: the schema (networknt)", ["com/networknt", "ControleFormat", "moteur/format/"]),
    ("reading the file (open, read, close)", ["FichierDuLot", "LectureFichier", "readAllBytes", "FileInputStream",
                                              "ChannelInputStream"]),
    ("parsing (Jackson, positions)", ["tools/jackson", "moteur/json/", "AnalyseJson"]),
    ("DEMANDES and the other stages", ["moteur/demandes", "moteur/chaine", "moteur/cles", "moteur/parametres",
                                      "moteur/fichier"]),
    ("waiting between threads", ["Unsafe.park", "ForkJoinPool.awaitWork", "LockSupport.park"]),
]


def categorie(noms):
    for nom, motifs in CATEGORIES:
        if any(m in n for n in noms for m in motifs):
            return nom
    return "other (start-up, class loading, reflection)"


def evenements(jfr, fichier, type_):
    sortie = subprocess.run([jfr, "print", "--json", "--stack-depth", "96", "--events", type_, fichier],
                            capture_output=True, text=True, check=True).stdout
    return json.loads(sortie)["recording"]["events"]


def duree_ms(texte):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", texte)
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) * 1000 if m else 0.0


def main():
    jfr, fichier = sys.argv[1], sys.argv[2]
    compte = Counter()
    for type_ in ("jdk.ExecutionSample", "jdk.NativeMethodSample"):
        for e in evenements(jfr, fichier, type_):
            pile = e["values"].get("stackTrace") or {"frames": []}
            noms = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in pile["frames"]]
            # A pool thread waiting for work is not a file's time.
            if type_ == "jdk.NativeMethodSample" and any("awaitWork" in n or "getTask" in n for n in noms):
                continue
            compte[categorie(noms)] += 1
    gcs = evenements(jfr, fichier, "jdk.GarbageCollection")
    json.dump({"categories": dict(compte.most_common()), "periodeMs": 1,
               "gcMs": round(sum(duree_ms(g["values"]["sumOfPauses"]) for g in gcs), 1), "gcs": len(gcs)},
              sys.stdout, indent=2, ensure_ascii=False)


main()
