package fr.simulateursons.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.aws.Json;
import fr.simulateursons.aws.depot.ResumeSimulation;
import fr.simulateursons.aws.s3.Cles;
import fr.simulateursons.aws.s3.Rang;
import fr.simulateursons.aws.s3.StockageS3;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.RessourcesIllisibles;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The two operations of the upload API. A simulation is created with its parameters checked by the engine's own
 * P-rules, and answered with a presigned PUT whose signature binds the metadata and the length; the upload then goes
 * through the S3 pipeline under {@code depots/<id>.json}, whose status is read back here, through the store.
 */
public final class ServiceSimulations {

    private static final Duration DUREE_LIEN_SORTIE = Duration.ofMinutes(5);

    /** Where things are and how long an upload URL lives. */
    public record Reglages(String bucketDepots, String bucketResultats, Duration dureeDepot) {
    }

    /** What the API keeps of a simulation created ({@code simulations/<id>.json}), for its EN_ATTENTE status. */
    @JsonPropertyOrder({"simulationId", "parametres", "taille", "creation", "expiration"})
    record Trace(String simulationId, ParametresLus parametres, long taille, Instant creation, Instant expiration) {
    }

    /** The presigned upload: the client sends its file there, with every header of {@code entetes}, as is. */
    @JsonPropertyOrder({"methode", "url", "entetes", "taille", "expiration"})
    record Depot(String methode, String url, Map<String, String> entetes, long taille, Instant expiration) {
    }

    /** {@code POST /simulations}'s answer. */
    @JsonPropertyOrder({"simulationId", "depot", "statut"})
    record Creation(String simulationId, Depot depot, String statut) {
    }

    private final StockageS3 stockage;
    private final S3Presigner presigneur;
    private final Reglages reglages;
    private final Moteur moteur;
    private final Clock horloge;

    public ServiceSimulations(StockageS3 stockage, S3Presigner presigneur, Reglages reglages, Moteur moteur,
                              Clock horloge) {
        this.stockage = stockage;
        this.presigneur = presigneur;
        this.reglages = reglages;
        this.moteur = moteur;
        this.horloge = horloge;
    }

    /** {@code POST /simulations}. */
    public ReponseHttp creer(String corps) throws RessourcesIllisibles {
        JsonNode demande;
        try {
            demande = Json.MAPPER.readTree(corps);
        } catch (JacksonException e) {
            return ErreurApi.CORPS_INVALIDE.reponse();
        }
        if (demande == null || !demande.isObject()) {
            return ErreurApi.CORPS_INVALIDE.reponse();
        }
        String dateDepot = texte(demande, "dateDepot");
        dateDepot = dateDepot == null || dateDepot.isBlank() ? null : dateDepot;
        Moteur.Formulaire formulaire = moteur.controler(Parametres.formulaire(texte(demande, "numeroAns"),
                texte(demande, "typeDemande"), texte(demande, "tauxTva")).avec(Parametres.DATE_DEPOT, dateDepot));
        if (!formulaire.erreurs().isEmpty()) {
            return ErreurApi.PARAMETRES.reponse(formulaire.erreurs());
        }
        JsonNode taille = demande.path("taille");
        if (!taille.isIntegralNumber() || !taille.canConvertToLong() || taille.asLong() < 0) {
            return ErreurApi.TAILLE_INVALIDE.reponse();
        }
        Optional<Erreur> refus = Moteur.tailleRefusee(taille.asLong());
        if (refus.isPresent()) {
            return ErreurApi.TAILLE_INVALIDE.reponse(List.of(refus.get()));
        }

        // Without a date de dépôt given, the pipeline's own moment is the simulation's: none is recorded here.
        ParametresLus p = dateDepot == null ? new ParametresLus(formulaire.lus().numeroAns(),
                formulaire.lus().typeDemande(), formulaire.lus().tauxTva(), null) : formulaire.lus();
        String id = UUID.randomUUID().toString();
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiration = maintenant.plus(reglages.dureeDepot());
        stockage.ecrire(reglages.bucketResultats(), Cles.simulation(id),
                Json.MAPPER.writeValueAsBytes(new Trace(id, p, taille.asLong(), maintenant, expiration)), StockageS3.JSON);

        Map<String, String> metadonnees = new TreeMap<>(Map.of(Parametres.NUMERO_ANS, p.numeroAns(),
                Parametres.TYPE_DEMANDE, p.typeDemande(), Parametres.TAUX_TVA, p.tauxTva()));
        if (p.dateDepot() != null) {
            metadonnees.put(Parametres.DATE_DEPOT, p.dateDepot());
        }
        PresignedPutObjectRequest depot = presigneur.presignPutObject(b -> b.signatureDuration(reglages.dureeDepot())
                .putObjectRequest(r -> r.bucket(reglages.bucketDepots()).key(Cles.depot(id)).metadata(metadonnees)
                        .contentType("application/json").contentLength(taille.asLong())));
        // What the client must send as is; the length is its body's, which the signature also binds.
        Map<String, String> entetes = new TreeMap<>();
        depot.signedHeaders().forEach((nom, valeurs) -> {
            if (!nom.equals("host") && !nom.equals("content-length")) {
                entetes.put(nom, String.join(",", valeurs));
            }
        });
        return ReponseHttp.json(201, new Creation(id,
                new Depot("PUT", depot.url().toString(), entetes, taille.asLong(), expiration), "/simulations/" + id));
    }

    /**
     * {@code GET /simulations/{id}}: the status as the pipeline stands, read from the status's metadata first (its
     * état and version), so that a poll reads a small object: the EN_COURS status itself, or, once final, the
     * pipeline's bounded summary of that very version, with a fresh presigned link to its annotated file. Where the
     * summary is missing or belongs to another version, the status itself, bounded the same way.
     */
    public ReponseHttp consulter(String id) {
        if (!Cles.idValide(id)) {
            return ErreurApi.SIMULATION_INCONNUE.reponse();
        }
        String cle = Cles.depot(id);
        Optional<StockageS3.Ecrit> ecrit = stockage.ecrit(reglages.bucketResultats(), Cles.statut(cle));
        if (ecrit.isEmpty()) {
            return enAttente(id);
        }
        if (ecrit.get().etat() != null && !ecrit.get().etat().equals(Etat.EN_COURS.name())) {
            Optional<ResumeSimulation> resume = resume(cle, ecrit.get());
            if (resume.isPresent()) {
                return ReponseHttp.json(200, ReponseSimulation.de(resume.get(),
                        lien(resume.get().sortie(), "attachment; filename=\"" + id + ".sortie.json\""),
                        lien(resume.get().attestation(), "inline; filename=\"" + id + ".attestation.html\"")));
            }
        }
        Optional<StockageS3.Lu> statut = stockage.lire(reglages.bucketResultats(), Cles.statut(cle));
        if (statut.isEmpty()) {
            return enAttente(id);
        }
        Statut s = Statut.lire(statut.get().contenu());
        if (s.etat() == Etat.EN_COURS) {
            return ReponseHttp.json(200, s);
        }
        return ReponseHttp.json(200, ReponseSimulation.de(ResumeSimulation.deStatut(s),
                lien(s.sortie() == null ? null : new ResumeSimulation.Sortie(s.sortie(), null),
                        "attachment; filename=\"" + id + ".sortie.json\""), null));
    }

    /** The summary written for the version whose status is final, if it is that one's. */
    private Optional<ResumeSimulation> resume(String cle, StockageS3.Ecrit statut) {
        return stockage.lire(reglages.bucketResultats(), Cles.resume(cle))
                .filter(r -> r.ecrit().rang().face(statut.rang()) == Rang.Ordre.MEME
                        && statut.etat().equals(r.ecrit().etat()))
                .map(r -> Json.MAPPER.readValue(r.contenu(), ResumeSimulation.class));
    }

    private ReponseHttp enAttente(String id) {
        return stockage.lire(reglages.bucketResultats(), Cles.simulation(id))
                .map(l -> Json.MAPPER.readValue(l.contenu(), Trace.class))
                .map(t -> ReponseHttp.json(200, Statut.enAttente(id, t.parametres(),
                        new Statut.Entree(Cles.depot(id), null, null, t.taille()))))
                .orElseGet(ErreurApi.SIMULATION_INCONNUE::reponse);
    }

    /**
     * A presigned GET of a file written for the status (the annotated file, the attestation), of the very version
     * written for it when the bucket keeps versions.
     */
    private String lien(ResumeSimulation.Sortie fichier, String disposition) {
        if (fichier == null) {
            return null;
        }
        return presigneur.presignGetObject(b -> b.signatureDuration(DUREE_LIEN_SORTIE)
                .getObjectRequest(r -> r.bucket(reglages.bucketResultats()).key(fichier.cle()).versionId(fichier.versionId())
                        .responseContentDisposition(disposition)))
                .url().toString();
    }

    /** Where this API's uploads go, as the page's Content Security Policy names it ({@code connect-src}). */
    public String origineDepots() {
        URL u = presigneur.presignPutObject(b -> b.signatureDuration(Duration.ofMinutes(1))
                .putObjectRequest(r -> r.bucket(reglages.bucketDepots()).key(Cles.depot("origine")))).url();
        return u.getProtocol() + "://" + u.getAuthority();
    }

    /** A field of the body as text, whatever JSON scalar carries it; null when absent. */
    private static String texte(JsonNode o, String champ) {
        JsonNode v = o.get(champ);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isString() ? v.asString() : v.toString();
    }
}
