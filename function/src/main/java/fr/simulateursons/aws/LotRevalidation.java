package fr.simulateursons.aws;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.revalidation.Ligne;
import fr.simulateursons.moteur.revalidation.Runs;
import fr.simulateursons.moteur.revalidation.Verdict;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.StatutJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The worker's job: simulate each key of a lot with the parameters stored on it; write the run's status and verdict
 * of each, then the lot's lines (verdict before and after), last, which is what the run's end counts. A file that
 * cannot be simulated is an ERREUR_INTERNE of the run, not a failure of the message.
 */
final class LotRevalidation {

    /** A lot's lines, as the run's end reads them back. */
    @JsonPropertyOrder({"lot", "lignes"})
    record Lignes(int lot, List<Ligne> lignes) {
    }

    private final Runs runs;
    private final MagasinRunsS3 magasin;
    private final SimulationS3 simulation;
    private final String bucketDepots;
    private final Clock horloge;

    LotRevalidation(Runs runs, MagasinRunsS3 magasin, SimulationS3 simulation, String bucketDepots, Clock horloge) {
        this.runs = runs;
        this.magasin = magasin;
        this.simulation = simulation;
        this.bucketDepots = bucketDepots;
        this.horloge = horloge;
    }

    void traiter(MessagesRevalidation.Lot lot) {
        List<Ligne> lignes = new ArrayList<>();
        for (MessagesRevalidation.Objet objet : lot.objets()) {
            ObjetDepose o = new ObjetDepose(bucketDepots, objet.cle(), null, objet.etag(), null);
            Instant debut = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            SimulationS3.Simule s = simulation.simuler(o);
            String simulationId = UUID.nameUUIDFromBytes((lot.runId() + "/" + o.bucket() + "/" + o.cle())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            runs.statut(lot.runId(), o.cle(), StatutJson.texte(Statut.de(simulationId, s.resultat(), s.entree(), null,
                    debut, horloge.instant().truncatedTo(ChronoUnit.MILLIS))));
            Verdict apres = Verdict.de(s.resultat());
            runs.verdict(lot.runId(), o.cle(), apres);
            lignes.add(new Ligne(o.cle(), s.entree().versionId(),
                    runs.avant(lot.precedent(), o.cle(), () -> dOrigine(o.cle())), apres));
        }
        magasin.ecrire(lot.runId() + "/lots/" + lot.lot() + ".json",
                JsonStrict.MAPPER.writeValueAsBytes(new Lignes(lot.lot(), lignes)), "application/json; charset=utf-8");
    }

    /** The original simulation's verdict, from the live status and its annotated file (final statuses only). */
    private Optional<Verdict> dOrigine(String cle) {
        return magasin.lireCle(TraitementDepot.STATUTS + cle).map(JsonStrict.MAPPER::readTree)
                .filter(statut -> !statut.path("etat").asString().equals(Etat.EN_COURS.name()))
                .map(statut -> Verdict.deStatut(statut, statut.path("sortie").isString()
                        ? magasin.lireCle(statut.path("sortie").asString()) : Optional.empty()));
    }
}
