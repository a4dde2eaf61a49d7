package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.ObjectWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The re-validation runs of one store, whatever it is (the results bucket's {@code revalidations/}, a local
 * directory): one layout, one choice of reference, one way to conclude. Paths are relative to the store:
 * <pre>
 * dernier.json                     {"runId"} of the last complete run: the next run's reference
 * &lt;runId&gt;/manifeste.json           the {@link Run}
 * &lt;runId&gt;/statuts/K                the status of K in this run
 * &lt;runId&gt;/verdicts/K.json          the {@link Verdict} of K, which the next run compares with
 * &lt;runId&gt;/lots/N.json            the lines of lot N, when a run is made of lots (S3): what its end counts
 * &lt;runId&gt;/rapport.json, rapport.csv the {@link Rapport}
 * </pre>
 * A report written incomplete never becomes a reference: the next run still compares with the last complete one.
 */
public final class Runs {

    public static final String DERNIER = "dernier.json";
    private static final ObjectWriter INDENTE = JsonStrict.MAPPER.writerWithDefaultPrettyPrinter();
    private static final String JSON = "application/json; charset=utf-8";

    /** Where runs are kept. */
    public interface Magasin {
        Optional<byte[]> lire(String chemin);

        void ecrire(String chemin, byte[] contenu, String typeDeContenu);
    }

    private record Dernier(String runId) {
    }

    /** A lot's lines, as the run's end reads them back. */
    @JsonPropertyOrder({"lot", "lignes"})
    private record Lot(int lot, List<Ligne> lignes) {
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

    public Runs(Magasin magasin) {
        this.magasin = magasin;
    }

    /** The runs kept in a local directory ({@code simuler-lot}). */
    public static Runs dansDossier(Path racine) {
        return new Runs(new MagasinFichiers(racine));
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
        ecrireJson(runId + "/manifeste.json", m);
        return m;
    }

    public Optional<Run> manifeste(String runId) {
        return magasin.lire(runId + "/manifeste.json").map(o -> JsonStrict.MAPPER.readValue(o, Run.class));
    }

    private Optional<String> dernierComplet() {
        return magasin.lire(DERNIER).map(o -> JsonStrict.MAPPER.readValue(o, Dernier.class).runId());
    }

    /** What a run records of one file: its line of the report, and its status (for the reports of a lot). */
    public record Revalide(Ligne ligne, Statut statut) {
    }

    /**
     * One file of a run, simulated by the caller from its own store: its status and its verdict written in the run,
     * and its line, compared with the reference. The status's id is the run's and the file's, whatever the store.
     *
     * @param precedent          the run's reference ({@link Run#precedent()})
     * @param entree             the file as the status names it; its {@code cle} is the file's key in the run
     * @param origine            the original simulation, for a first run (the caller's store alone has it)
     */
    public Revalide enregistrer(String runId, String precedent, Statut.Entree entree, Resultat resultat, Instant debut,
                                Instant fin, Origine origine) {
        String cle = entree.cle();
        String id = UUID.nameUUIDFromBytes((runId + "/" + cle).getBytes(StandardCharsets.UTF_8)).toString();
        Statut statut = Statut.de(id, resultat, entree, null, debut, fin);
        magasin.ecrire(runId + "/statuts/" + cle, statut.json().getBytes(StandardCharsets.UTF_8), JSON);
        Verdict apres = Verdict.de(resultat);
        ecrireJson(runId + "/verdicts/" + cle + ".json", apres);
        return new Revalide(new Ligne(cle, entree.versionId(), avant(precedent, cle, origine), apres), statut);
    }

    /**
     * What {@code cle}'s verdict is compared with: the reference run's verdict when there is a reference run
     * (null if that run did not have the file), else the original simulation's, which only the caller knows.
     *
     * @param precedent the run's {@link Run#precedent()}
     */
    private Verdict avant(String precedent, String cle, Origine origine) {
        if (precedent != null) {
            return magasin.lire(precedent + "/verdicts/" + cle + ".json")
                    .map(o -> JsonStrict.MAPPER.readValue(o, Verdict.class)).orElse(null);
        }
        return origine.statut().map(JsonStrict.MAPPER::readTree)
                .filter(statut -> !statut.path("etat").asString().equals(Etat.EN_COURS.name()))
                .map(statut -> Verdict.deStatut(statut, statut.path("sortie").isString()
                        ? origine.fichier(statut.path("sortie").asString()) : Optional.empty()))
                .orElse(null);
    }

    /** Writes the lines of lot {@code n} of a run: what its end counts ({@link #lots}). */
    public void ecrireLot(String runId, int n, List<Revalide> fichiers) {
        ecrireJson(runId + "/lots/" + n + ".json", new Lot(n, fichiers.stream().map(Revalide::ligne).toList()));
    }

    /** The report of a run made of lots, from the lots written so far (their paths in the store). */
    public String conclureDepuisLots(Run run, Instant fin, boolean complet, List<String> lots) {
        List<Ligne> lignes = new ArrayList<>();
        for (String lot : lots) {
            magasin.lire(lot).ifPresent(o -> lignes.addAll(JsonStrict.MAPPER.readValue(o, Lot.class).lignes()));
        }
        return conclureLignes(run, fin, complet, lignes);
    }

    /** Writes the report, and makes the run the next one's reference only if it is complete; returns the report's JSON. */
    public String conclure(Run run, Instant fin, boolean complet, List<Revalide> fichiers) {
        return conclureLignes(run, fin, complet, fichiers.stream().map(Revalide::ligne).toList());
    }

    String conclureLignes(Run run, Instant fin, boolean complet, List<Ligne> lignes) {
        Rapport rapport = Rapport.de(run, fin, complet, lignes);
        String json = INDENTE.writeValueAsString(rapport);
        magasin.ecrire(run.runId() + "/rapport.json", json.getBytes(StandardCharsets.UTF_8), JSON);
        magasin.ecrire(run.runId() + "/rapport.csv", rapport.csv().getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=utf-8");
        if (complet) {
            ecrireJson(DERNIER, Map.of("runId", run.runId()));
        }
        return json;
    }

    private void ecrireJson(String chemin, Object valeur) {
        magasin.ecrire(chemin, JsonStrict.MAPPER.writeValueAsBytes(valeur), JSON);
    }
}
