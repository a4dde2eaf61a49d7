package fr.simulateursons.moteur.revalidation;

import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.ObjectWriter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The re-validation runs of one store, whatever it is (the results bucket's {@code revalidations/}, a local
 * directory): one layout, one choice of reference, one way to conclude. Paths are relative to the store:
 * <pre>
 * dernier.json                     {"runId"} of the last complete run: the next run's reference
 * &lt;runId&gt;/manifeste.json           the {@link Run}
 * &lt;runId&gt;/statuts/K                the status of K in this run
 * &lt;runId&gt;/verdicts/K.json          the {@link Verdict} of K, which the next run compares with
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

    private final Magasin magasin;

    public Runs(Magasin magasin) {
        this.magasin = magasin;
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

    public void statut(String runId, String cle, String statutJson) {
        magasin.ecrire(runId + "/statuts/" + cle, statutJson.getBytes(StandardCharsets.UTF_8), JSON);
    }

    public void verdict(String runId, String cle, Verdict verdict) {
        ecrireJson(runId + "/verdicts/" + cle + ".json", verdict);
    }

    /**
     * What {@code cle}'s verdict is compared with: the reference run's verdict when there is a reference run
     * (null if that run did not have the file), else the original simulation's, which only the caller knows.
     *
     * @param precedent the run's {@link Run#precedent()}
     */
    public Verdict avant(String precedent, String cle, Supplier<Optional<Verdict>> simulationDOrigine) {
        if (precedent != null) {
            return magasin.lire(precedent + "/verdicts/" + cle + ".json")
                    .map(o -> JsonStrict.MAPPER.readValue(o, Verdict.class)).orElse(null);
        }
        return simulationDOrigine.get().orElse(null);
    }

    /** Writes the report, and makes the run the next one's reference only if it is complete; returns the report's JSON. */
    public String conclure(Run run, Instant fin, boolean complet, List<Ligne> lignes) {
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
