package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.Journal;
import fr.simulateursons.aws.s3.Cles;
import fr.simulateursons.aws.s3.ObjetDepose;
import fr.simulateursons.aws.s3.SimulationS3;
import fr.simulateursons.aws.s3.StockageS3;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One uploaded object, end to end: {@code statuts/K} EN_COURS, the engine under a {@link Garde}, then the results in
 * their order ({@link EcrituresDepot}). The input object is only read.
 * <ul>
 * <li><b>Latest version wins</b>: every result is written for its version's rank, never over a newer one's.</li>
 * <li><b>A final status for every upload.</b> The guard stops the engine while there is still time to write the final
 * status. An attempt that cannot finish (a store that fails or stalls, no time left) leaves EN_COURS and fails, so
 * that the queue delivers the event again; the last attempt writes ERREUR_INTERNE instead; an event that still fails
 * goes to the failure queue, whose consumer ({@link #finaliser}) finalises a status still EN_COURS.</li>
 * <li><b>What the bucket holds belongs to the status</b>: a final status, whoever writes it, comes after the removal
 * of what an earlier attempt or an older version wrote beside it that it does not name.</li>
 * </ul>
 */
public final class TraitementDepot {

    /** Thrown after the last attempt's final ERREUR_INTERNE is written, so that the event reaches the failure queue. */
    public static final class SimulationEnErreur extends RuntimeException {
        SimulationEnErreur(String cle, Throwable cause) {
            super("Simulation en ERREUR_INTERNE : " + cle, cause);
        }
    }

    /** Thrown by an attempt that is not the last and cannot finish: the status stays EN_COURS for the next one. */
    public static final class AReprendre extends RuntimeException {
        AReprendre(String cle, Throwable cause) {
            super("Simulation à reprendre : " + cle, cause);
        }
    }

    private final Configuration configuration;
    private final SimulationS3 simulation;
    private final EcrituresDepot ecritures;
    private final Clock horloge;
    private final Garde garde = new Garde();

    TraitementDepot(StockageS3 stockage, Configuration configuration, SimulationS3 simulation, Clock horloge,
                    Duration ecriture) {
        this.configuration = configuration;
        this.simulation = simulation;
        this.ecritures = new EcrituresDepot(stockage, configuration.bucketResultats(), ecriture);
        this.horloge = horloge;
    }

    public void traiter(ObjetDepose o, Tentative t) {
        String id = identifiant(o);
        Optional<String> raison = horsPipeline(o);
        if (raison.isPresent()) {
            t.journal().ignore(id, o, raison.get());
            return;
        }
        Instant debut = maintenant();
        Optional<StockageS3.Ecriture> enCours = ecritures.statut(o, Statut.enCours(id, o.entree(), debut), null);
        if (enCours.isEmpty()) {
            t.journal().ignore(id, o, "statut final ou version plus récente déjà écrits");
            return;
        }
        SimulationS3.Simule fait = sousGarde(o, t);
        Resultat resultat = fait.resultat();
        ResumeSimulation.Sortie sortie = null;
        try {
            if (resultat.etat() != Etat.ERREUR_INTERNE && resultat.fichierDeSortie().isPresent()) {
                Optional<ResumeSimulation.Sortie> ecrite = ecritures.sortie(o, resultat.fichierDeSortie().get(),
                        resultat.etat());
                if (ecrite.isEmpty()) {
                    t.journal().ignore(id, o, "version plus récente déjà écrite");
                    return;
                }
                sortie = ecrite.get();
            }
        } catch (RuntimeException e) {
            resultat = resultat.enErreurInterne(e);
        }
        if (resultat.etat() == Etat.ERREUR_INTERNE && !t.derniere()) {
            t.journal().info("reprise", id, Map.of("cle", o.cle(), "cause", String.valueOf(resultat.cause().orElse(null))));
            throw new AReprendre(o.cle(), resultat.cause().orElse(null));
        }
        Statut statut = Statut.de(id, resultat, fait.entree(), sortie == null ? null : sortie.cle(), debut, maintenant());
        ResumeSimulation.Sortie attestation = resultat.etat() == Etat.ERREUR_INTERNE || resultat.empreinte().isEmpty()
                ? null : ecritures.attestation(o, statut, resultat, t).orElse(null);
        Optional<ResumeSimulation.Sortie> resume = ecritures.resume(o,
                ResumeSimulation.de(statut, resultat, sortie, attestation), t);
        ecritures.retirerSauf(o, Stream.of(Optional.ofNullable(sortie), Optional.ofNullable(attestation), resume)
                .flatMap(Optional::stream).map(ResumeSimulation.Sortie::cle).collect(Collectors.toSet()));
        if (ecritures.statut(o, statut, enCours.get().etag()).isPresent()) {
            t.journal().simulation(o.bucket(), statut, resultat.cause().orElse(null));
        } else {
            // Written already: by this very write, whose answer was lost and whose retry found it; or by another.
            t.journal().ignore(id, o, "statut final ou version plus récente déjà écrits");
        }
        // A last attempt that could not simulate fails even so: its event goes to the failure queue, and its alarm.
        if (resultat.etat() == Etat.ERREUR_INTERNE) {
            throw new SimulationEnErreur(o.cle(), resultat.cause().orElse(null));
        }
    }

    /** The engine under the guard, with the time left once the writes that may follow it are reserved. */
    private SimulationS3.Simule sousGarde(ObjetDepose o, Tentative t) {
        return garde.executer(() -> simulation.simuler(o), t.echeance().reste().minus(ecritures.reserve()))
                .map(issue -> issue instanceof Garde.Issue.Valeur<SimulationS3.Simule> v ? v.valeur()
                        : new SimulationS3.Simule(Resultat.erreurInterne(((Garde.Issue.Echec<?>) issue).cause()),
                        o.entree()))
                .orElseGet(() -> new SimulationS3.Simule(
                        Resultat.erreurInterne(new TimeoutException("plus assez de temps dans l'invocation")), o.entree()));
    }

    /**
     * The failure queue's consumer: an event whose attempts are exhausted gets a final ERREUR_INTERNE, unless its
     * status is already final or a newer version's; what an attempt wrote beside the status before failing (a
     * rejection's annotated file, attestation, summary) is removed first. Safe to run on any event, any number of
     * times.
     */
    public void finaliser(ObjetDepose o, Journal journal) {
        String id = identifiant(o);
        if (horsPipeline(o).isPresent()) {
            return;
        }
        Instant maintenant = maintenant();
        Resultat resultat = Resultat.erreurInterne(new IllegalStateException("tentatives épuisées"));
        Statut statut = Statut.de(id, resultat, o.entree(), null, maintenant, maintenant);
        if (ecritures.finalisable(o)) {
            ecritures.retirerSauf(o, Set.of());
        }
        if (ecritures.statut(o, statut, null).isPresent()) {
            journal.simulation(o.bucket(), statut, resultat.cause().orElse(null));
        } else {
            journal.ignore(id, o, "statut déjà final");
        }
    }

    /** Why an event is not an upload to simulate: it would loop, or it is a result. */
    private Optional<String> horsPipeline(ObjetDepose o) {
        if (o.bucket().equals(configuration.bucketResultats())) {
            return Optional.of("bucket des résultats");
        }
        if (Cles.estUnResultat(o.cle())) {
            return Optional.of("préfixe de résultats");
        }
        return Optional.empty();
    }

    /**
     * An upload made through the API keeps the API's id from {@code EN_ATTENTE} to the end; any other upload gets
     * an id derived from bucket, key and version, so that a retried event writes the same outputs.
     */
    static String identifiant(ObjetDepose o) {
        return Cles.idDepot(o.cle()).orElseGet(() -> {
            String version = o.versionId() != null ? o.versionId() : String.valueOf(o.etag());
            return UUID.nameUUIDFromBytes((o.bucket() + "/" + o.cle() + "@" + version).getBytes(StandardCharsets.UTF_8))
                    .toString();
        });
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
