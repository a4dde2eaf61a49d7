package fr.simulateursons.aws;

import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.Entree;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.StatutJson;
import fr.simulateursons.moteur.rapports.FichierSimule;
import fr.simulateursons.moteur.rapports.FormatRapport;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * One uploaded object, end to end: {@code statuts/K} EN_COURS, the chain, {@code sorties/K} when there is an
 * annotated file, the attestation de simulation {@code attestations/K} (spec §7) when the file could be read, the
 * API's summary {@code resumes/K}, then the final {@code statuts/K}, last. The input object is
 * only read.
 * <ul>
 * <li><b>Latest version wins.</b> Every result carries the rank of the version that wrote it ({@link Rang}) and is
 * written by an S3 conditional write: an older version's late event writes nothing, and a status that is final is
 * never replaced by one of the same version.</li>
 * <li><b>A final status for every upload.</b> The chain runs under a guard that stops it while there is still time
 * to write the final status. An attempt that cannot finish (a store that fails or stalls, no time left) leaves
 * EN_COURS and fails, so that the queue delivers the event again; the last attempt writes ERREUR_INTERNE instead;
 * an event that still fails goes to the failure queue, whose consumer ({@link #finaliser}) finalises a status still
 * EN_COURS.</li>
 * </ul>
 */
public final class TraitementDepot {

    public static final String STATUTS = "statuts/";
    public static final String SORTIES = "sorties/";
    public static final String RESUMES = "resumes/";
    public static final String ATTESTATIONS = "attestations/";
    /** Where the upload API's presigned PUTs land: {@code depots/<simulationId>.json}. */
    public static final String DEPOTS = "depots/";
    private static final Pattern DEPOT_API = Pattern.compile(
            "depots/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.json");

    /** A status gives way to a newer version's, or, for its own version, only while it is EN_COURS. */
    static final StockageS3.Regle STATUT = (ordre, ecrit) -> ordre == Rang.Ordre.PLUS_RECENT
            || ordre == Rang.Ordre.MEME && Etat.EN_COURS.name().equals(ecrit.etat());
    /** An annotated file or a summary gives way to its own version's and to newer ones'. */
    static final StockageS3.Regle SORTIE = (ordre, ecrit) -> ordre != Rang.Ordre.PLUS_ANCIEN;

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

    private final StockageS3 stockage;
    private final Configuration configuration;
    private final SimulationS3 simulation;
    private final Clock horloge;
    private final Duration ecriture;
    private final ExecutorService garde = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "simulation");
        t.setDaemon(true);
        return t;
    });

    /** @param ecriture the longest one write to S3 may take (the SDK's call timeout), reserved for each write left */
    TraitementDepot(StockageS3 stockage, Configuration configuration, Simulation simulation, Clock horloge,
                    Duration ecriture) {
        this.stockage = stockage;
        this.configuration = configuration;
        this.simulation = new SimulationS3(stockage, configuration, simulation);
        this.horloge = horloge;
        this.ecriture = ecriture;
    }

    public void traiter(ObjetDepose o, Tentative t) {
        Optional<String> raison = horsPipeline(o);
        String id = identifiant(o);
        if (raison.isPresent()) {
            t.journal().ignore(id, o, raison.get());
            return;
        }
        Instant debut = maintenant();
        Entree annoncee = new Entree(o.cle(), o.versionId(), o.etag(), o.taille());
        Optional<StockageS3.Ecriture> enCours = ecrireStatut(o, Statut.enCours(id, annoncee, debut), null);
        if (enCours.isEmpty()) {
            t.journal().ignore(id, o, "statut final ou version plus récente déjà écrits");
            return;
        }
        // Four writes may follow the chain: the annotated file, the attestation, the summary and the final status.
        Optional<SimulationS3.Simule> fait = sousGarde(o, t.echeance().reste().minus(ecriture.multipliedBy(4)));
        Entree entree = fait.map(SimulationS3.Simule::entree).orElse(annoncee);
        Resultat resultat = fait.map(SimulationS3.Simule::resultat)
                .orElseGet(() -> Resultat.erreurInterne(new TimeoutException("plus assez de temps dans l'invocation")));
        ResumeSimulation.Sortie sortie = null;
        try {
            if (resultat.etat() != Etat.ERREUR_INTERNE && resultat.fichierDeSortie().isPresent()) {
                Optional<StockageS3.Ecriture> ecrite = ecrireOrdonne(o, SORTIES, resultat.fichierDeSortie().get(),
                        StockageS3.JSON, resultat.etat());
                if (ecrite.isEmpty()) {
                    t.journal().ignore(id, o, "version plus récente déjà écrite");
                    return;
                }
                sortie = new ResumeSimulation.Sortie(SORTIES + o.cle(), ecrite.get().versionId());
            }
        } catch (RuntimeException e) {
            resultat = resultat.enErreurInterne(e);
        }
        if (resultat.etat() == Etat.ERREUR_INTERNE && !t.derniere()) {
            t.journal().info("reprise", id, Map.of("cle", o.cle(), "cause", String.valueOf(resultat.cause().orElse(null))));
            throw new AReprendre(o.cle(), resultat.cause().orElse(null));
        }
        Statut statut = Statut.de(id, resultat, entree, sortie == null ? null : sortie.cle(), debut, maintenant());
        Optional<Fichier> lu = resultat.etat() == Etat.ERREUR_INTERNE ? Optional.empty()
                : fait.flatMap(SimulationS3.Simule::lu);
        ResumeSimulation.Sortie attestation = lu.isEmpty() ? null
                : ecrireAttestation(o, statut, resultat, lu.get(), t).orElse(null);
        ecrireResume(o, statut, resultat, sortie, attestation, t);
        if (ecrireStatut(o, statut, enCours.get().etag()).isEmpty()) {
            t.journal().ignore(id, o, "statut final ou version plus récente déjà écrits");
            return;
        }
        t.journal().simulation(o.bucket(), statut, resultat.cause().orElse(null));
        if (resultat.etat() == Etat.ERREUR_INTERNE) {
            throw new SimulationEnErreur(o.cle(), resultat.cause().orElse(null));
        }
    }

    /**
     * The failure queue's consumer: an event whose attempts are exhausted gets a final ERREUR_INTERNE, unless its
     * status is already final or a newer version's. Safe to run on any event, any number of times.
     */
    public void finaliser(ObjetDepose o, Journal journal) {
        String id = identifiant(o);
        if (horsPipeline(o).isPresent()) {
            return;
        }
        Instant maintenant = maintenant();
        Resultat resultat = Resultat.erreurInterne(new IllegalStateException("tentatives épuisées"));
        Statut statut = Statut.de(id, resultat, new Entree(o.cle(), o.versionId(), o.etag(), o.taille()), null,
                maintenant, maintenant);
        if (ecrireStatut(o, statut, null).isPresent()) {
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
        if (o.cle().startsWith(STATUTS) || o.cle().startsWith(SORTIES) || o.cle().startsWith(RESUMES)
                || o.cle().startsWith(ATTESTATIONS)) {
            return Optional.of("préfixe de résultats");
        }
        return Optional.empty();
    }

    /** The chain on its own thread, abandoned (and interrupted) if it has not ended within {@code budget}. */
    private Optional<SimulationS3.Simule> sousGarde(ObjetDepose o, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            return Optional.empty();
        }
        Future<SimulationS3.Simule> f = garde.submit(() -> simulation.simuler(o));
        try {
            return Optional.of(f.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(new SimulationS3.Simule(Resultat.erreurInterne(e.getCause()),
                    new Entree(o.cle(), o.versionId(), o.etag(), o.taille()), Optional.empty()));
        }
    }

    /**
     * The attestation de simulation, for the page and a vendor's records: a convenience like the summary, whose
     * failure fails nothing. Two more writes must still fit: the summary and the final status.
     */
    private Optional<ResumeSimulation.Sortie> ecrireAttestation(ObjetDepose o, Statut statut, Resultat resultat,
                                                               Fichier lu, Tentative t) {
        if (t.echeance().reste().compareTo(ecriture.multipliedBy(3)) < 0) {
            return Optional.empty();
        }
        try {
            StringWriter html = new StringWriter();
            FormatRapport.HTML.ecrire(List.of(FichierSimule.de(o.cle(), resultat, statut, lu)), html);
            return ecrireOrdonne(o, ATTESTATIONS, html.toString().getBytes(StandardCharsets.UTF_8), StockageS3.HTML,
                    statut.etat()).map(e -> new ResumeSimulation.Sortie(ATTESTATIONS + o.cle(), e.versionId()));
        } catch (IOException | RuntimeException e) {
            t.journal().erreur("attestation-de-simulation", statut.simulationId(), Map.of("cle", o.cle()), e);
            return Optional.empty();
        }
    }

    /** The summary is a convenience of the API, which falls back on the status: its failure fails nothing. */
    private void ecrireResume(ObjetDepose o, Statut statut, Resultat resultat, ResumeSimulation.Sortie sortie,
                              ResumeSimulation.Sortie attestation, Tentative t) {
        if (t.echeance().reste().compareTo(ecriture.multipliedBy(2)) < 0) {
            return;
        }
        try {
            ecrireOrdonne(o, RESUMES, JsonStrict.MAPPER.writeValueAsBytes(
                    ResumeSimulation.de(statut, resultat, sortie, attestation)), StockageS3.JSON, statut.etat());
        } catch (RuntimeException e) {
            t.journal().erreur("resume", statut.simulationId(), Map.of("cle", o.cle()), e);
        }
    }

    private Optional<StockageS3.Ecriture> ecrireStatut(ObjetDepose o, Statut statut, String etagConnu) {
        return stockage.ecrireOrdonne(configuration.bucketResultats(), STATUTS + o.cle(),
                StatutJson.texte(statut).getBytes(StandardCharsets.UTF_8), StockageS3.JSON, o.rang(),
                statut.etat().name(), STATUT, etagConnu);
    }

    private Optional<StockageS3.Ecriture> ecrireOrdonne(ObjetDepose o, String prefixe, byte[] contenu, String type,
                                                        Etat etat) {
        return stockage.ecrireOrdonne(configuration.bucketResultats(), prefixe + o.cle(), contenu, type, o.rang(),
                etat.name(), SORTIE, null);
    }

    /**
     * An upload made through the API keeps the API's id from {@code EN_ATTENTE} to the end; any other upload gets
     * an id derived from bucket, key and version, so that a retried event writes the same outputs.
     */
    static String identifiant(ObjetDepose o) {
        var api = DEPOT_API.matcher(o.cle());
        if (api.matches()) {
            return api.group(1);
        }
        String version = o.versionId() != null ? o.versionId() : String.valueOf(o.etag());
        return UUID.nameUUIDFromBytes((o.bucket() + "/" + o.cle() + "@" + version).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
