package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The re-validation runs of one store, whatever it is (the results bucket's {@code revalidations/}, a local
 * directory): one layout, one choice of reference, one way to conclude. Paths are relative to the store:
 * <pre>
 * dernier.json                      {"runId"} of the last complete run: the next run's reference
 * &lt;runId&gt;/manifeste.json            the {@link Run}
 * &lt;runId&gt;/lots/N.json               when a run is made of lots (S3): lot N's lines and the statuses of its files
 *                                   that are not REUSSI, which the run's end gathers
 * &lt;runId&gt;/verdicts.jsonl            the journal: one {@link Ligne} per file, in key order (its verdict, the one it
 *                                   was compared with, why it is ERREUR_INTERNE): the next run's reference
 * &lt;runId&gt;/statuts.jsonl             the status of each file that is not REUSSI, one per line, in key order
 * &lt;runId&gt;/rapport.json, rapport.csv  the {@link Rapport}
 * </pre>
 * A REUSSI status says nothing that the journal does not (its état and its stage), so none is kept: a run costs a
 * line per file, not two files. A report written incomplete never becomes a reference: the next run still compares
 * with the last complete one.
 */
public final class Runs {

    public static final String DERNIER = "dernier.json";
    static final String MANIFESTE = "manifeste.json";
    static final String JOURNAL = "verdicts.jsonl";
    static final String STATUTS = "statuts.jsonl";
    static final String RAPPORT = "rapport.json";
    private static final ObjectWriter INDENTE = JsonStrict.MAPPER.writerWithDefaultPrettyPrinter();
    private static final String JSON = "application/json; charset=utf-8";
    private static final String JSON_LIGNES = "application/jsonl; charset=utf-8";
    private static final Comparator<Ligne> PAR_CLE = Comparator.comparing(Ligne::cle);

    /** Where runs are kept. Each write replaces the object whole, or leaves it as it was. */
    public interface Magasin {
        Optional<byte[]> lire(String chemin);

        void ecrire(String chemin, byte[] contenu, String typeDeContenu);
    }

    private record Dernier(String runId) {
    }

    /** A lot's lines and the statuses of its files that are not REUSSI, as the run's end reads them back. */
    @JsonPropertyOrder({"lot", "lignes", "statuts"})
    private record Lot(int lot, List<Ligne> lignes, @JsonInclude(JsonInclude.Include.NON_NULL) List<Statut> statuts) {
    }

    /**
     * The verdicts of a reference run by key; {@code verdicts} null for a run written before journals, whose
     * verdicts are one file each ({@code <runId>/verdicts/K.json}).
     */
    private record Reference(String runId, Map<String, Verdict> verdicts) {
    }

    /**
     * Where a first run, which has no previous run to compare with, finds a file's original simulation: its final
     * status, and the annotated file that status names.
     */
    public interface Origine {
        Optional<byte[]> statut();

        Optional<byte[]> fichier(String sortie);

        /** No original simulation to compare with (a local directory). */
        Origine AUCUNE = new Origine() {
            @Override
            public Optional<byte[]> statut() {
                return Optional.empty();
            }

            @Override
            public Optional<byte[]> fichier(String sortie) {
                return Optional.empty();
            }
        };
    }

    private final Magasin magasin;
    /** The last reference read: every file of a run, and every lot a worker takes, compares with the same one. */
    private volatile Reference reference;

    public Runs(Magasin magasin) {
        this.magasin = magasin;
    }

    /** The runs kept in a local directory ({@code simuler-lot}). */
    public static Runs dansDossier(Path racine) {
        return new Runs(new MagasinFichiers(racine));
    }

    /** A run's report as {@link #conclure} returned it, for a person at a terminal ({@link Rapport#texte()}). */
    public static String enTexte(String rapport) {
        return Rapport.lire(rapport).texte();
    }

    /**
     * Prunes the runs kept in a local directory ({@code simuler-lot --conserver}): keeps the {@code conserver} last
     * complete runs and the reference, deletes the runs older than those; returns the ids deleted.
     */
    public static List<String> elaguer(Path racine, int conserver) throws IOException {
        if (conserver < 1) {
            throw new IllegalArgumentException("conserver au moins un run : " + conserver);
        }
        return Elagage.elaguer(new MagasinFichiers(racine), conserver);
    }

    /**
     * Writes the manifest of a run, or keeps the one already written when the run is launched again with the same
     * id, so that a re-run compares with the same reference and keeps its start.
     */
    public Run ouvrir(String runId, String prefixe, Instant debut, int fichiers, int lots) {
        Optional<Run> existant = manifeste(runId);
        String precedent = existant.isPresent() ? existant.get().precedent()
                : dernierComplet().filter(p -> !p.equals(runId)).orElse(null);
        Run m = new Run(runId, precedent, prefixe, fichiers, lots,
                existant.map(Run::debut).orElse(debut));
        ecrireJson(runId + "/" + MANIFESTE, m);
        return m;
    }

    public Optional<Run> manifeste(String runId) {
        return magasin.lire(runId + "/" + MANIFESTE).map(o -> JsonStrict.MAPPER.readValue(o, Run.class));
    }

    Optional<String> dernierComplet() {
        return magasin.lire(DERNIER).map(o -> JsonStrict.MAPPER.readValue(o, Dernier.class).runId());
    }

    /** What a run records of one file: its line of the journal, and its status (kept when not REUSSI, and for reports). */
    public record Revalide(Ligne ligne, Statut statut) {
    }

    /**
     * One file of a run, simulated by the caller from its own store: its status and its line, compared with the
     * reference. Nothing is written: the caller hands the files to {@link #ecrireLot} or {@link #conclure}. The
     * status's id is the run's and the file's, whatever the store.
     *
     * @param precedent the run's reference ({@link Run#precedent()})
     * @param entree    the file as the status names it; its {@code cle} is the file's key in the run
     * @param origine   the original simulation, for a first run (the caller's store alone has it)
     * @param raison    why the file could not be judged, in French, when the caller knows (it vanished, it is not a
     *                  regular file); for another ERREUR_INTERNE, the status's first error or a technical error
     */
    public Revalide revalider(String runId, String precedent, Statut.Entree entree, Resultat resultat, Instant debut,
                              Instant fin, Origine origine, String raison) {
        String cle = entree.cle();
        String id = UUID.nameUUIDFromBytes((runId + "/" + cle).getBytes(StandardCharsets.UTF_8)).toString();
        Statut statut = Statut.de(id, resultat, entree, null, debut, fin);
        String pourquoi = resultat.etat() != Etat.ERREUR_INTERNE ? null
                : raison != null ? raison
                : !resultat.erreurs().isEmpty() ? resultat.erreurs().get(0).libelle()
                : "erreur technique pendant la simulation";
        return new Revalide(new Ligne(cle, entree.versionId(), avant(precedent, cle, origine), Verdict.de(resultat),
                pourquoi), statut);
    }

    /**
     * What {@code cle}'s verdict is compared with: the reference run's verdict when there is a reference run
     * (null if that run did not have the file), else the original simulation's, which only the caller knows.
     *
     * @param precedent the run's {@link Run#precedent()}
     */
    private Verdict avant(String precedent, String cle, Origine origine) {
        if (precedent != null) {
            Reference r = reference(precedent);
            return r.verdicts() != null ? r.verdicts().get(cle)
                    : magasin.lire(precedent + "/verdicts/" + cle + ".json")
                    .map(o -> JsonStrict.MAPPER.readValue(o, Verdict.class)).orElse(null);
        }
        return origine.statut().map(JsonStrict.MAPPER::readTree)
                .filter(statut -> !statut.path("etat").asString().equals(Etat.EN_COURS.name()))
                .map(statut -> Verdict.deStatut(statut, statut.path("sortie").isString()
                        ? origine.fichier(statut.path("sortie").asString()) : Optional.empty()))
                .orElse(null);
    }

    /** The reference's journal, read once for all the files that compare with it. */
    private Reference reference(String runId) {
        Reference r = reference;
        if (r == null || !r.runId().equals(runId)) {
            synchronized (this) {
                r = reference;
                if (r == null || !r.runId().equals(runId)) {
                    r = new Reference(runId, magasin.lire(runId + "/" + JOURNAL).map(Runs::verdicts).orElse(null));
                    reference = r;
                }
            }
        }
        return r;
    }

    private static Map<String, Verdict> verdicts(byte[] journal) {
        Map<String, Verdict> verdicts = new HashMap<>();
        lignes(journal).forEach(l -> verdicts.put(l.cle(), l.apres()));
        return verdicts;
    }

    private static List<Ligne> lignes(byte[] journal) {
        try (MappingIterator<Ligne> i = JsonStrict.MAPPER.readerFor(Ligne.class).readValues(journal)) {
            return i.readAll();
        }
    }

    /** Writes the lines and the statuses of lot {@code n} of a run: what its end gathers ({@link #conclureDepuisLots}). */
    public void ecrireLot(String runId, int n, List<Revalide> fichiers) {
        ecrireJson(runId + "/lots/" + n + ".json", new Lot(n, fichiers.stream().map(Revalide::ligne).toList(),
                nonReussis(fichiers)));
    }

    /** The report of a run made of lots, from the lots written so far (their paths in the store). */
    public String conclureDepuisLots(Run run, Instant fin, boolean complet, List<String> lots) {
        List<Ligne> lignes = new ArrayList<>();
        List<Statut> statuts = new ArrayList<>();
        for (String chemin : lots) {
            magasin.lire(chemin).ifPresent(o -> {
                Lot lot = JsonStrict.MAPPER.readValue(o, Lot.class);
                lignes.addAll(lot.lignes());
                if (lot.statuts() != null) {
                    statuts.addAll(lot.statuts());
                }
            });
        }
        return conclure(run, fin, complet, lignes, statuts);
    }

    /**
     * Writes the run's journal, the statuses of its files that are not REUSSI, its report, and makes the run the
     * next one's reference only if it is complete; returns the report's JSON. The files may come in any order.
     */
    public String conclure(Run run, Instant fin, boolean complet, List<Revalide> fichiers) {
        return conclure(run, fin, complet, fichiers.stream().map(Revalide::ligne).toList(), nonReussis(fichiers));
    }

    String conclure(Run run, Instant fin, boolean complet, List<Ligne> lignes, List<Statut> statuts) {
        List<Ligne> triees = lignes.stream().sorted(PAR_CLE).toList();
        magasin.ecrire(run.runId() + "/" + JOURNAL, jsonParLigne(triees), JSON_LIGNES);
        magasin.ecrire(run.runId() + "/" + STATUTS, jsonParLigne(statuts.stream()
                .sorted(Comparator.comparing(s -> s.entree().cle())).toList()), JSON_LIGNES);
        Rapport rapport = Rapport.de(run, fin, complet, triees);
        String json = INDENTE.writeValueAsString(rapport);
        magasin.ecrire(run.runId() + "/" + RAPPORT, json.getBytes(StandardCharsets.UTF_8), JSON);
        magasin.ecrire(run.runId() + "/rapport.csv", rapport.csv().getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=utf-8");
        if (complet) {
            ecrireJson(DERNIER, new Dernier(run.runId()));
        }
        return json;
    }

    private static List<Statut> nonReussis(List<Revalide> fichiers) {
        return fichiers.stream().map(Revalide::statut).filter(s -> s.etat() != Etat.REUSSI).toList();
    }

    /** Values as JSON Lines: one compact JSON value per line. */
    private static byte[] jsonParLigne(List<?> valeurs) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(valeurs.size() * 128);
        for (Object v : valeurs) {
            o.writeBytes(JsonStrict.MAPPER.writeValueAsBytes(v));
            o.write('\n');
        }
        return o.toByteArray();
    }

    private void ecrireJson(String chemin, Object valeur) {
        magasin.ecrire(chemin, JsonStrict.MAPPER.writeValueAsBytes(valeur), JSON);
    }
}
