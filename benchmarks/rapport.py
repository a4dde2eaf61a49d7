#!/usr/bin/env python3
"""Writes BENCHMARKS.md from the results of benchmarks/run.sh: every figure a ratio against a baseline of the same run."""
import json
import platform
import statistics
import subprocess
import sys
from pathlib import Path

res = Path(sys.argv[1])
MODES = {"c2": "default JVM (C1 + C2)", "c1": "-XX:TieredStopAtLevel=1 (as on Lambda)"}


def jmh(fichier):
    scores = {}
    for r in json.loads(Path(fichier).read_text()):
        nom = r["benchmark"].rsplit(".", 1)[1]
        p = r.get("params", {})
        scores[(nom, p.get("fichier"), int(p.get("taille")))] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"])
    return scores


def hyperfine(fichier):
    return {r["command"]: (r["mean"] * 1000, r["stddev"] * 1000) for r in json.loads(Path(fichier).read_text())["results"]}


def ligne(nom, num, den, cible):
    ratio = num / den
    ok = "met" if ratio <= cible else "**missed**"
    return f"| {nom} | {num:.2f} | {den:.2f} | **{ratio:.2f}×** | ≤ {cible}× | {ok} |"


def courbe(c, tours, copies, mesure):
    """The cost curve of the lots: each size's time and ratio, the cost per file past start-up, the disk per file."""
    lots = [charge for charge in ("lot-200", "lot", "lot-20000") if tours.get(charge)]
    if len(lots) < 2:
        return
    mediane = statistics.median
    print("\nThe cost curve of a lot: the same example copied 200, 2 000 and 20 000 times, each size timed in the same"
          " rounds as above. The cost of one more file is the difference of two sizes' times divided by the difference"
          " of their counts, taken in each round (the rounds of the sizes paired in order), its median given:\n")
    def marge(cle, a, b):
        """The median over the paired rounds of (time at b − time at a) per extra file, in µs; None without data."""
        m = [(tb[cle] - ta[cle]) / (copies(b) - copies(a)) * 1000 for ta, tb in zip(tours[a], tours[b])
             if cle in ta and cle in tb]
        return mediane(m) if m else None

    def table(suffixe, colonne, par_fichier):
        """Each command's median time at each size, and its cost per file between consecutive sizes."""
        print("| command | " + " | ".join(f"{copies(l)} files ({colonne})" for l in lots) + f" | {par_fichier}, "
              + f" | {par_fichier}, ".join(f"{copies(a)} → {copies(b)}" for a, b in zip(lots, lots[1:])) + " |")
        print("|---|" + "---|" * (2 * len(lots) - 1))
        for nom in ("nous", "nous-c1", "nous-c1-c2", "bibliotheques", "ajv"):
            cle = nom + suffixe
            temps = [[t[cle] for t in tours[l] if cle in t] for l in lots]
            if not all(temps):
                continue
            marges = [marge(cle, a, b) for a, b in zip(lots, lots[1:])]
            print(f"| {nom} | " + " | ".join(f"{mediane(t):.0f}" for t in temps) + " | "
                  + " | ".join("" if m is None else f"{m:.0f} µs" for m in marges) + " |")

    table("", "ms", "per file")
    print("\n(`nous`: the launcher as it is; `nous-c1`, `nous-c1-c2`: forced to one JVM mode; `bibliotheques`: "
          "Jackson and networknt alone, writing a journal; `ajv`: ajv-cli. Below 100 000 files `nous` and `nous-c1` "
          "run the same JVM with the same flags: the gap between them is this run's noise.)")
    print("\nThe same in CPU time (user + system, all threads), which other work on the machine disturbs less than "
          "the wall clock; ours runs on every core, ajv on one:\n")
    table(" cpu", "ms CPU", "CPU per file")
    # The floor that the libraries set, in CPU per file past start-up, against ajv's.
    if "lot" in lots and "lot-20000" in lots:
        b, a, n = (marge(nom + " cpu", "lot", "lot-20000") for nom in ("bibliotheques", "ajv", "nous"))
        if b and a and n:
            coeurs = int(c["coeurs"])
            print(f"\nThe floor: past start-up, Jackson and networknt alone cost {b:.0f} µs of CPU per file, ajv {a:.0f} µs. "
                  f"Spread over {coeurs} cores at best, the libraries take {b / coeurs:.0f} µs of wall clock per file, "
                  f"{b / coeurs / a:.1f}× ajv's {a:.0f} µs: no engine built on these two libraries reaches ajv's cost per "
                  f"file on this machine, so the 20 000-file goal (≤ 1.0×, where the files outweigh the start-up) is out of "
                  f"reach without replacing them. Ours costs {n:.0f} µs per file, {n - b:.0f} µs more than the libraries "
                  f"alone: where they go is the profile below.")
    modes = []
    for l in lots:
        r = [t["nous-c1-c2"] / t["nous-c1"] for t in tours[l] if "nous-c1" in t and "nous-c1-c2" in t]
        if r:
            modes.append(f"{copies(l)} files **{mediane(r):.2f}×** ({min(r):.2f}–{max(r):.2f})")
    if modes:
        print("\nThe JVM's default tiers (C1 then C2) against C1 alone, the same rounds paired (above 1: C1 is faster): "
              + ", ".join(modes) + ".")
    grands = res / "modes-lot.txt"
    if grands.exists():
        paires = {}
        for l in grands.read_text().splitlines():
            n, p, mode, mur = l.split()[:4]
            paires.setdefault(int(n), {}).setdefault(p, {})[mode] = float(mur)
        textes = []
        for n, ps in sorted(paires.items()):
            r = [m["non"] / m["oui"] for m in ps.values() if "oui" in m and "non" in m]
            textes.append(f"{n} files **{mediane(r):.2f}×** ({min(r):.2f}–{max(r):.2f}, {len(r)} pairs)")
        print("\nPast the curve, `benchmarks/modes-lot.sh N PAIRES` (the two modes alternated, each run into an empty "
              "`--sortie`): the default tiers against C1 alone, " + ", ".join(textes) + ". The launcher runs "
              "`simuler-lot` on C1 alone below 100 000 files and in the default tiers from there (`SEUIL_C2` in "
              "`bin/simulateur-sons`, counted with `find` before the JVM starts).")
    disque = res / "ajv-disque.txt"
    if disque.exists():
        print("\nWhat a run leaves on the disk (`du -sk` of the run's directory after the checking run, every file "
              "REUSSI):\n")
        print("| lot | files in the run's directory | on disk (KiB) | per archived file | target | |")
        print("|---|---|---|---|---|---|")
        for l in disque.read_text().splitlines():
            charge, n, kio, fichiers = l.split()
            par = int(kio) * 1024 / int(n)
            print(f"| {n} files | {fichiers} | {kio} | {par:.0f} bytes | ≤ 1 KiB | {'met' if par <= 1024 else '**missed**'} |")


def note_finale(mesure):
    """Issue 25's goals: before (as the issue measured them on main 28c4c11) and now, from this run."""
    avant = {"lot-20000": "3.8–4.5×", "lot": "2.5–3.4×", "4mio": "1.55–1.66×", "petit": "0.86×"}
    buts = [("20 000 files", "lot-20000", 1.0), ("2 000 files", "lot", 1.5), ("the 4 MiB file", "4mio", 1.3),
            ("the small file", "petit", 1.0)]
    print("\nIssue 25's goals, before (as the issue measured them, main 28c4c11) and now (this run):\n")
    print("| goal | before | now, median (range) | |")
    print("|---|---|---|---|")
    for titre, charge, cible in buts:
        m = mesure(charge, "nous")
        if m:
            ok = "met" if m[1] <= cible else "**missed**"
            print(f"| {titre}: ≤ {cible}× ajv-cli | {avant[charge]} | **{m[1]:.2f}×** ({m[2]:.2f}–{m[3]:.2f}) | {ok} |")
    disque = res / "ajv-disque.txt"
    if disque.exists():
        par = max(int(l.split()[2]) * 1024 / int(l.split()[1]) for l in disque.read_text().splitlines())
        print(f"| disk: ≤ 1 KiB per archived file | 8.3 KB (two files of 4 KB per file) | {par:.0f} bytes at most "
              f"(every file REUSSI) | {'met' if par <= 1024 else '**missed**'} |")


def section_profil():
    """Where a file's time goes in a lot of 20 000 files (benchmarks/profil-lot.sh), beside the profile before issue 25."""
    f = res / "profil-lot.json"
    if not f.exists():
        return
    apres = json.loads(f.read_text())
    g = Path(__file__).parent / "profil-lot-a863e9e.json"
    avant = json.loads(g.read_text()) if g.exists() else None
    n = 20000
    print("## Where a file's time goes: `simuler-lot` on 20 000 files\n")
    print("`benchmarks/profil-lot.sh`: one run of the launcher on the 20 000 copies of the example, recorded by JFR")
    print("(execution and native-method samples of every thread every millisecond, GC events), the samples sorted by")
    print("`benchmarks/profil.py` into the first category one of their frames names (pool threads waiting for work left")
    print("out). A sample is a millisecond of one thread's time: per file, samples × 1 ms / 20 000." +
          (" Before: the same on main a863e9e (a status and a verdict written per file), recorded the same way "
           "(`benchmarks/profil-lot-a863e9e.json`)." if avant else "") + "\n")
    noms = list(dict.fromkeys(list(apres["categories"]) + (list(avant["categories"]) if avant else [])))
    print("| what the thread was doing | " + ("before: µs per file | " if avant else "") + "now: µs per file | share |")
    print("|---|" + ("---|" if avant else "") + "---|---|")
    total = sum(apres["categories"].values())
    for nom in noms:
        a = apres["categories"].get(nom, 0)
        av = f"{(avant['categories'].get(nom, 0)) * 1000 / n:.0f} | " if avant else ""
        print(f"| {nom} | {av}{a * 1000 / n:.0f} | {100 * a / total:.0f} % |")
    tav = f"**{sum(avant['categories'].values()) * 1000 / n:.0f}** | " if avant else ""
    print(f"| all threads' time in Java and native code | {tav}**{total * 1000 / n:.0f}** | 100 % |")
    print(f"| the collector's pauses (stop the world, µs per file) | "
          + (f"{avant['gcMs'] * 1000 / n:.1f} ({avant['gcs']}) | " if avant else "")
          + f"{apres['gcMs'] * 1000 / n:.1f} ({apres['gcs']} collections) | |")
    print()


def section_ajv():
    """The section of benchmarks/ajv.sh, when its results are there: ours against ajv-cli, whole processes."""
    f = res / "ajv-contexte.json"
    if not f.exists():
        return
    c = json.loads(f.read_text())
    copies = lambda charge: {"lot-200": 200, "lot": c["copies"], "lot-20000": 20000}.get(charge)
    charges = {"petit": f"small: `examples/avance-valide.json` ({c['tailles'][0] / 1024:.1f} KiB)",
               "4mio": f"4 MiB: `avance-4194304-valide.json` ({c['tailles'][1] / 1048576:.2f} MiB)"}
    for charge in ("lot-200", "lot", "lot-20000"):
        if charge in c["commandes"]:
            charges[charge] = f"lot: {copies(charge)} copies of the example, one process"
    colonnes = {charge: {"petit": "small", "4mio": "4 MiB"}.get(charge, f"lot of {copies(charge)}") for charge in charges}
    # The targets of issues 15 and 25; the lot of 200 has none.
    cibles = {"petit": 1.0, "4mio": 1.3, "lot": 1.5, "lot-20000": 1.0}
    noms = {"nous": "`bin/simulateur-sons` (the launcher: newest JDK, its JVM mode chosen from the work, class cache)",
            "nous-c1": "the launcher forced to C1 alone (`SIMULATEUR_SONS_C1=oui`)",
            "nous-c1-c2": "the launcher forced to the JVM's default tiers, C1 then C2 (`SIMULATEUR_SONS_C1=non`)",
            "nous-sans-cache": "the launcher without its cache (`SIMULATEUR_SONS_CACHE=non`)",
            "java-jar": "plain `java -jar` (the default `java`, no launcher)",
            "bibliotheques": "the floor: Jackson and networknt alone on the launcher's JVM, no code of ours (`LireEtValider`; "
                             "for the lots `LotBibliotheques`, which also writes a journal line per file as a run does)"}
    # The flags the launcher sets, out of all those the JVM prints.
    drapeaux = lambda d: " ".join(x for x in d.split() if x.split("=")[0].lstrip("-XX:+-").lstrip("D") in
                                  ("AOTCache", "SharedArchiveFile", "TieredStopAtLevel", "UseSerialGC", "UsePerfData",
                                   "InitialRAMPercentage", "CompileThresholdScaling", "TieredCompilation",
                                   "jdk.reflect.useNativeAccessorOnly"))
    # Per round, each command's median over its runs; per command, the median of the rounds, and its ratio to the
    # ajv of the same round.
    tours = {}
    for charge in charges:
        tours[charge] = []
        for t in range(1, c["tours"] + 1):
            g = res / f"ajv-{charge}-{t}.json"
            if g.exists():
                resultats = json.loads(g.read_text())["results"]
                # Each command's wall-clock median, and its CPU time (user + system, hyperfine's means) under "NAME cpu".
                temps = {r["command"]: r["median"] * 1000 for r in resultats}
                temps.update({r["command"] + " cpu": (r["user"] + r["system"]) * 1000 for r in resultats})
                tours[charge].append(temps)
    mediane = statistics.median

    def mesure(charge, nom):
        ms = [t[nom] for t in tours[charge] if nom in t and "ajv" in t]
        ratios = [t[nom] / t["ajv"] for t in tours[charge] if nom in t and "ajv" in t]
        return (mediane(ms), mediane(ratios), min(ratios), max(ratios)) if ratios else None

    n = min(len(t) for t in tours.values())
    print("## Against ajv-cli, whole processes\n")
    print(f"`benchmarks/ajv.sh` ({c['date']}): the same valid files checked by our command and by `ajv validate`")
    print(f"(ajv-cli, node's JSON Schema validator), each run a fresh process. {n} rounds: in each, one hyperfine runs")
    print(f"every command {c['executions']} times after 1 warm-up run, in the opposite order every other round (hyperfine")
    print("never interleaves two commands, so the pairs are the rounds). A time is the median of the rounds' medians;")
    print("a ratio is taken in each round against that round's ajv, and given as the median of the rounds with their")
    print("range. Every command was run once before any timing and its output checked, every file valid for both;")
    print("that first run is also the launcher's first use, which trains its class cache.")
    pression = c.get("pressionCpu")
    if pression is not None:
        print(f"How busy the machine was (other engineers build on it): for {pression:.0f} % of the time the rounds took, "
              f"some task waited for a CPU (`/proc/pressure/cpu`).")
    elif "pressionNote" in c:
        print(c["pressionNote"])
    print()
    print("| workload | ours (ms) | ajv-cli (ms) | ratio, median | range | target | |")
    print("|---|---|---|---|---|---|---|")
    for charge, titre in charges.items():
        m, a = mesure(charge, "nous"), mesure(charge, "ajv")
        if m is None:
            continue
        if charge in cibles:
            ok = "met" if m[1] <= cibles[charge] else "**missed**"
            cible = f"≤ {cibles[charge]}×"
        else:
            ok = cible = "—"
        print(f"| {titre} | {m[0]:.0f} | {a[0]:.0f} | **{m[1]:.2f}×** | {m[2]:.2f}–{m[3]:.2f} | {cible} | {ok} |")
    print("\nWhere the launcher's gain comes from: each command against the same rounds' ajv (ms; ratio, median and")
    print("range):\n")
    print("| command | " + " | ".join(colonnes.values()) + " |")
    print("|---|" + "---|" * len(charges))
    for nom, titre in noms.items():
        cellules = []
        for charge in charges:
            m = mesure(charge, nom)
            cellules.append("" if m is None else f"{m[0]:.0f} ms, **{m[1]:.2f}×** ({m[2]:.2f}–{m[3]:.2f})")
        print(f"| {titre} | " + " | ".join(cellules) + " |")
    print("| `ajv validate` | " + " | ".join(f"{mesure(charge, 'ajv')[0]:.0f} ms" if mesure(charge, "ajv") else ""
                                         for charge in charges) + " |")
    courbe(c, tours, copies, mesure)
    note_finale(mesure)
    b = mesure("4mio", "bibliotheques")
    if b:
        print(f"\nThe 4 MiB floor: Jackson and networknt alone, validating the whole file on one thread with no code of "
              f"ours, on the launcher's JVM with its own AOT cache, take {b[0]:.0f} ms, **{b[1]:.2f}×** ajv "
              f"({b[2]:.2f}–{b[3]:.2f}).")
    print("\nThe commands, as given to `hyperfine -N` (no shell; `env` sets the launcher's variables):\n")
    print("```")
    for charge in charges:
        for nom, commande in c["commandes"][charge].items():
            print(f"{charge:5} {nom:15} {commande}")
    print("```\n")
    print(f"- The lot's parameters, `{c['parametres'].strip()}`,")
    print("  lie beside its directory, not in it, so that ajv's glob (ajv expands it itself) does not take them for a")
    print("  file to validate. `simuler-lot` writes its run (journal, statuses of the files not REUSSI, report) under")
    print("  `--sortie`: hyperfine's `--prepare` moves that directory aside before every run (untimed), so that each")
    print("  run writes a new first run, compared with nothing. Moved, not deleted: in a directory tree where many")
    print("  files had been deleted, ext4 was measured here creating 4 000 files in 1.5 s against 0.085 s elsewhere")
    print("  on the same disk (the kernel's profile: `find_inode_bit`, `recently_deleted`), which would time the file")
    print("  system's bookkeeping; the runs moved aside are deleted once, after the last round.")
    print("- Fairness: `--multiple-of-precision=2`, or ajv tests `multipleOf: 0.01` in binary floating point and")
    print("  rejects valid amounts such as 1079.19 (the 4 MiB file is invalid for it without the option). `-c")
    print("  ajv-formats` makes it check the formats (dates…) as we do; `--spec=draft2020` is the schema's draft. ajv")
    print("  checks the schema only; ours also parses with positions, runs the format pack's and the demandes' rules")
    print("  and writes a status. Both compile the schema in every process; neither keeps anything between runs")
    print("  but our launcher's class cache (JVM classes, not results).")
    print(f"- Machine: {c['cpu']}, {c['coeurs']} cores, {c['systeme']}; node {c['node']}; {c['ajv']}.")
    print(f"- The default `java` (the `java -jar` row): {c['java'].splitlines()[1]}.")
    print(f"- The launcher's JVM, `{c['javaLanceurHome']}`: {c['javaLanceur'].splitlines()[1]}; the flags it")
    print(f"  sets for `simuler`: `{drapeaux(c['drapeaux'])}`; for `simuler-lot` on 2 000 files: "
          f"`{drapeaux(c['drapeauxLot'])}`; on 20 000 files: `{drapeaux(c['drapeauxLotGrand'])}`;")
    print(f"  for `simuler` with `SIMULATEUR_SONS_C1=non`: `{drapeaux(c['drapeauxC1C2'])}`.")
    print("- Reproduce: `benchmarks/ajv.sh` (it installs the pinned ajv packages with npm under `benchmarks/target/ajv`;")
    print("  `--rapide`: 2 rounds of 2 runs, for a look), then `python3 benchmarks/rapport.py benchmarks/results >")
    print("  BENCHMARKS.md`; `benchmarks/run.sh` does both.")
    print()


java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[1]
print("# Benchmarks\n")
print("Generated by `benchmarks/run.sh` (JMH for the warm path, hyperfine for whole processes, `-Xmx` bisection")
print("for the heap); `python3 benchmarks/rapport.py benchmarks/results > BENCHMARKS.md` rewrites this page from")
print("the raw results. Every figure is a ratio against a baseline measured in the same run, on files made by")
print("`GenerateurDemandes` (realistic AVANCE demandes, 4 MiB ≈ 8 600 demandes).\n")
print(f"Machine: {platform.machine()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, "
      f"{platform.system()} {platform.release()}; JVM: {java}.\n")

CIBLES = {"chaine4MiB/readTree4MiB": ("full chain 4 MiB / bare Jackson `readTree` 4 MiB", 4),
          "schemaFormatSons/schemaNetworknt": ("our schema step / networknt alone, same tree and schema, 4 MiB", 1.2),
          "chaine4MiB/chaine1MiB": ("full chain 4 MiB / full chain 1 MiB", 4.2),
          "chaineAnomalies/chaineValide": ("every demande in anomaly / valid, 4 MiB", 2),
          "schemaNetworknt/readTree4MiB": ("(proof) networknt alone / Jackson `readTree`, 4 MiB", 4)}

section_ajv()
section_profil()

if any((res / f"ratios-{mode}.jsonl").exists() for mode in MODES):
    print("## The warm-path ratios, measured in pairs\n")
    print("`RatiosApparies`: the operation and its baseline alternate in one warm JVM (40 rounds after 20 of warm-up,")
    print("heap fixed and pre-touched); the ratio is the median of the per-round ratios, with its quartiles. On this")
    print("shared VM, whose speed drifts, this is the figure to read; the JMH tables below give absolute times.\n")
    print("| ratio | mode | median | q1–q3 | measured (ms) | baseline (ms) | target | |")
    print("|---|---|---|---|---|---|---|---|")
    for mode, titre in MODES.items():
        f = res / f"ratios-{mode}.jsonl"
        if not f.exists():
            continue
        for l in f.read_text().splitlines():
            r = json.loads(l)
            nom, cible = CIBLES[r["ratio"]]
            ok = "met" if r["mediane"] <= cible else "**missed**"
            print(f"| {nom} | {mode} | **{r['mediane']:.2f}×** | {r['q1']:.2f}–{r['q3']:.2f} | {r['mesureMs']:.1f} | "
                  f"{r['referenceMs']:.1f} | ≤ {cible}× | {ok} |")
    print()

for mode, titre in MODES.items():
    # A section whose results are absent (benchmarks/ajv.sh run alone) is left out.
    if not all((res / f"{n}-{mode}.json").exists() for n in ("jmh", "jmh-anomalies", "demarrage")):
        continue
    s = jmh(res / f"jmh-{mode}.json")
    s.update(jmh(res / f"jmh-anomalies-{mode}.json"))
    d = hyperfine(res / f"demarrage-{mode}.json")
    m = lambda n, f, t: s[(n, f, t)][0]
    print(f"## {titre}: JMH and whole processes\n")
    print("Start-up (hyperfine, fresh JVMs on the 4 MiB file):\n")
    print("| ratio | measured (ms) | baseline (ms) | ratio | target | |")
    print("|---|---|---|---|---|---|")
    print(ligne("fresh JVM `simuler` 4 MiB / fresh JVM hello-world", d["simuler"][0], d["bonjour"][0], 6))
    print(ligne("… with AppCDS / hello-world", d["simuler-appcds"][0], d["bonjour"][0], 6))
    print(ligne("(proof) fresh JVM Jackson `readTree` only / hello-world", d["lire-seulement"][0], d["bonjour"][0], 6))
    if "lire-et-valider" in d:
        print(ligne("(proof) fresh JVM Jackson + networknt only / hello-world", d["lire-et-valider"][0],
                    d["bonjour"][0], 6))
    print("\nWarm path (JMH, 2 forks, average time per operation, ms ± 99.9 % error; absolute times only, the")
    print("ratios are the paired ones above):\n")
    print("| benchmark | 64 KiB | 1 MiB | 4 MiB |")
    print("|---|---|---|---|")
    for nom in ("jacksonReadTree", "schemaNetworknt", "schemaFormatSons", "chaineComplete"):
        cells = [f"{s[(nom, 'valide', t)][0]:.3f} ± {s[(nom, 'valide', t)][1]:.3f}" for t in (65536, 1048576, 4194304)]
        print(f"| {nom} | " + " | ".join(cells) + " |")
    a = s[("chaineComplete", "anomalies", 4194304)]
    print(f"| chaineComplete, every demande in anomaly | | | {a[0]:.3f} ± {a[1]:.3f} |")
    print("\nWhole processes (hyperfine, 10 runs after 2 warm-ups, ms):\n")
    print("| command | mean | σ |")
    print("|---|---|---|")
    for nom, (moy, et) in d.items():
        print(f"| {nom} | {moy:.0f} | {et:.0f} |")
    print()

if (res / "tas.txt").exists():
    print("## Peak heap\n")
    print("The smallest `-Xmx` (bisection, `-XX:TieredStopAtLevel=1`) with which `simuler` still gives its verdict.\n")
    print("| file | size | smallest -Xmx | ratio | target | |")
    print("|---|---|---|---|---|---|")
    for l in (res / "tas.txt").read_text().split("\n"):
        if l.strip():
            nom, mo, taille = l.split()
            ratio = int(mo) * 1024 * 1024 / int(taille)
            ok = "met" if ratio <= 16 else "**missed**"
            print(f"| {nom} | {int(taille) / 1048576:.2f} MiB | {mo} MiB | **{ratio:.1f}×** | ≤ 16× | {ok} |")
    print()

ratios = {}
for mode in MODES:
    f = res / f"ratios-{mode}.jsonl"
    if f.exists():
        for l in f.read_text().splitlines():
            r = json.loads(l)
            ratios[(mode, r["ratio"])] = r["mediane"]
if ratios:
    print("## Reading\n")
    for mode, titre in MODES.items():
        if (mode, "schemaNetworknt/readTree4MiB") not in ratios:
            continue
        print(f"- {titre}: networknt alone, validating the 4 MiB tree against the format SONS, takes "
              f"{ratios[(mode, 'schemaNetworknt/readTree4MiB')]:.2f}× a bare `readTree`; the chain must parse the "
              f"file (1×) before it validates, so it cannot come under {1 + ratios[(mode, 'schemaNetworknt/readTree4MiB')]:.1f}× "
              f"with networknt as its schema step, whose own cost is the 1.00× of our step. The 4× target is out of "
              f"reach by that measure; we are at {ratios[(mode, 'chaine4MiB/readTree4MiB')]:.2f}×.")
    print("- Start-up: a fresh JVM that only reads the file with Jackson and validates it with networknt (no code of ours)")
    print("  already costs more than 6× hello-world in both modes (table above): interpreting and compiling the two")
    print("  libraries over 4 MiB is the floor. AppCDS takes class loading off; what remains is cold execution.")
    print()
