package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.Json;
import fr.simulateursons.aws.s3.Cles;
import fr.simulateursons.aws.s3.ObjetDepose;
import fr.simulateursons.aws.s3.Rang;
import fr.simulateursons.aws.s3.StockageS3;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.rapports.FichierSimule;
import fr.simulateursons.moteur.rapports.FormatRapport;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the pipeline writes for one version of an upload, each by an S3 conditional write that carries the version's
 * rank ({@link Rang}), so that an older version's late event writes nothing: {@code statuts/K} EN_COURS first, then
 * {@code sorties/K}, {@code attestations/K}, {@code resumes/K}, the removal of those the final status does not name,
 * and the final {@code statuts/K} last. A status that is final is never replaced by one of the same version.
 */
final class EcrituresDepot {

    /** A status gives way to a newer version's, or, for its own version, only while it is EN_COURS. */
    static final StockageS3.Regle STATUT = (ordre, ecrit) -> ordre == Rang.Ordre.PLUS_RECENT
            || ordre == Rang.Ordre.MEME && Etat.EN_COURS.name().equals(ecrit.etat());
    /** An annotated file, an attestation or a summary gives way to its own version's and to newer ones'. */
    static final StockageS3.Regle SORTIE = (ordre, ecrit) -> ordre != Rang.Ordre.PLUS_ANCIEN;

    private final StockageS3 stockage;
    private final String bucket;
    private final Duration ecriture;

    /** @param ecriture the longest one write may take (the SDK's call timeout): what each write left must find */
    EcrituresDepot(StockageS3 stockage, String bucketResultats, Duration ecriture) {
        this.stockage = stockage;
        this.bucket = bucketResultats;
        this.ecriture = ecriture;
    }

    /** How long the writes that may follow the chain can take: the annotated file, the attestation, the summary, the status. */
    Duration reserve() {
        return ecriture.multipliedBy(4);
    }

    /** @return empty when the status is already final, or a newer version's */
    Optional<StockageS3.Ecriture> statut(ObjetDepose o, Statut statut, String etagConnu) {
        return stockage.ecrireOrdonne(bucket, Cles.statut(o.cle()), statut.json().getBytes(StandardCharsets.UTF_8),
                StockageS3.JSON, o.rang(), statut.etat().name(), STATUT, etagConnu);
    }

    /** @return empty when a newer version's is written; throws when the store fails */
    Optional<ResumeSimulation.Sortie> sortie(ObjetDepose o, byte[] fichierDeSortie, Etat etat) {
        return ordonne(o, Cles.sortie(o.cle()), fichierDeSortie, StockageS3.JSON, etat);
    }

    /**
     * The attestation de simulation, for the page and a vendor's records: a convenience like the summary, whose failure
     * fails nothing. Two more writes must still fit: the summary and the final status.
     */
    Optional<ResumeSimulation.Sortie> attestation(ObjetDepose o, Statut statut, Resultat resultat, Tentative t) {
        if (t.echeance().reste().compareTo(ecriture.multipliedBy(3)) < 0) {
            return Optional.empty();
        }
        try {
            StringWriter html = new StringWriter();
            FormatRapport.HTML.ecrire(List.of(FichierSimule.de(o.cle(), resultat, statut)), html);
            return ordonne(o, Cles.attestation(o.cle()), html.toString().getBytes(StandardCharsets.UTF_8),
                    StockageS3.HTML, statut.etat());
        } catch (IOException | RuntimeException e) {
            t.journal().erreur("attestation-de-simulation", statut.simulationId(), Map.of("cle", o.cle()), e);
            return Optional.empty();
        }
    }

    /** The API's summary, which falls back on the status: its failure fails nothing. One more write must fit. */
    Optional<ResumeSimulation.Sortie> resume(ObjetDepose o, ResumeSimulation resume, Tentative t) {
        if (t.echeance().reste().compareTo(ecriture.multipliedBy(2)) < 0) {
            return Optional.empty();
        }
        try {
            return ordonne(o, Cles.resume(o.cle()), Json.MAPPER.writeValueAsBytes(resume), StockageS3.JSON,
                    resume.statut().etat());
        } catch (RuntimeException e) {
            t.journal().erreur("resume", resume.statut().simulationId(), Map.of("cle", o.cle()), e);
            return Optional.empty();
        }
    }

    /**
     * Before a final status: every result beside it that it does not name ({@code nommes}: what this attempt wrote),
     * if this version or an older one wrote it, is removed — a rejection's annotated file, attestation and summary
     * after an attempt that could not write its status, when the status is now an ERREUR_INTERNE; an older version's
     * annotated file when this one has none — so that what the bucket holds always belongs to the status. A newer
     * version's are kept. Throws when the store fails: the status is then not written, and the event comes back.
     */
    void retirerSauf(ObjetDepose o, Set<String> nommes) {
        for (String cle : List.of(Cles.sortie(o.cle()), Cles.attestation(o.cle()), Cles.resume(o.cle()))) {
            if (!nommes.contains(cle)) {
                stockage.supprimerOrdonne(bucket, cle, o.rang(), SORTIE);
            }
        }
    }

    /** May this version write its final status over what is there: nothing, its own EN_COURS, an older version's? */
    boolean finalisable(ObjetDepose o) {
        return stockage.ecrit(bucket, Cles.statut(o.cle())).map(e -> STATUT.permet(o.rang().face(e.rang()), e))
                .orElse(true);
    }

    private Optional<ResumeSimulation.Sortie> ordonne(ObjetDepose o, String cle, byte[] contenu, String type, Etat etat) {
        return stockage.ecrireOrdonne(bucket, cle, contenu, type, o.rang(), etat.name(), SORTIE, null)
                .map(e -> new ResumeSimulation.Sortie(cle, e.versionId()));
    }
}
