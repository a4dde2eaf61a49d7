package fr.simulateursons.api;

import fr.simulateursons.aws.Rang;
import fr.simulateursons.aws.ResumeSimulation;
import fr.simulateursons.aws.StockageS3;
import fr.simulateursons.aws.TraitementDepot;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.fichier.LectureFichier;
import fr.simulateursons.moteur.parametres.ControleParametres;
import fr.simulateursons.moteur.parametres.Parametres;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.parametres.SourcesDeParametres;
import fr.simulateursons.moteur.ressources.RessourcesIllisibles;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.Entree;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.StatutJson;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The two operations of the upload API. A simulation is created with its parameters checked by the engine's
 * own P-rules, and answered with a presigned PUT whose signature binds the metadata and the length; the
 * upload then goes through the S3 pipeline under {@code depots/<id>.json}, whose status is read back here.
 */
public final class ServiceSimulations {

    static final String SIMULATIONS = "simulations/";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration DUREE_LIEN_SORTIE = Duration.ofMinutes(5);

    /** Where things are and how long an upload URL lives. */
    public record Reglages(String bucketDepots, String bucketResultats, Duration dureeDepot) {
    }

    private final S3Client s3;
    private final StockageS3 stockage;
    private final S3Presigner presigneur;
    private final Reglages reglages;
    private final SourcesDeRessources ressources;
    private final Clock horloge;

    public ServiceSimulations(S3Client s3, S3Presigner presigneur, Reglages reglages, SourcesDeRessources ressources,
                              Clock horloge) {
        this.s3 = s3;
        this.stockage = new StockageS3(s3);
        this.presigneur = presigneur;
        this.reglages = reglages;
        this.ressources = ressources;
        this.horloge = horloge;
    }

    /** {@code POST /simulations}. */
    public ReponseHttp creer(String corps) throws RessourcesIllisibles {
        JsonNode demande;
        try {
            demande = JsonStrict.MAPPER.readTree(corps);
        } catch (JacksonException e) {
            return ErreurApi.CORPS_INVALIDE.reponse();
        }
        if (demande == null || !demande.isObject()) {
            return ErreurApi.CORPS_INVALIDE.reponse();
        }
        Map<String, String> options = new HashMap<>();
        texte(demande, "numeroAns").ifPresent(v -> options.put(SourcesDeParametres.NUMERO_ANS, v));
        texte(demande, "typeDemande").ifPresent(v -> options.put(SourcesDeParametres.TYPE_DEMANDE, v));
        texte(demande, "tauxTva").ifPresent(v -> options.put(SourcesDeParametres.TAUX_TVA, v));
        ControleParametres.Controle controle = new ControleParametres(ressources.charger().referentiel())
                .controler(SourcesDeParametres.options(options));
        if (!controle.erreurs().isEmpty()) {
            return ErreurApi.PARAMETRES.reponse(controle.erreurs());
        }
        JsonNode taille = demande.path("taille");
        if (!taille.isIntegralNumber() || !taille.canConvertToLong() || taille.asLong() < 0) {
            return ErreurApi.TAILLE_INVALIDE.reponse();
        }
        if (taille.asLong() > LectureFichier.TAILLE_MAX) {
            return ErreurApi.TAILLE_INVALIDE.reponse(List.of(Code.F01.erreur(null)));
        }

        Parametres p = controle.parametres().orElseThrow();
        String id = UUID.randomUUID().toString();
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiration = maintenant.plus(reglages.dureeDepot());
        ObjectNode trace = JsonStrict.MAPPER.createObjectNode();
        trace.put("simulationId", id);
        trace.putObject("parametres").put("numeroAns", p.numeroAns()).put("typeDemande", p.typeDemande().name())
                .put("tauxTva", p.tauxTva().texte());
        trace.put("taille", taille.asLong());
        trace.put("creation", maintenant.toString());
        trace.put("expiration", expiration.toString());
        s3.putObject(b -> b.bucket(reglages.bucketResultats()).key(SIMULATIONS + id + ".json")
                .contentType("application/json; charset=utf-8"), RequestBody.fromString(trace.toString()));

        Map<String, String> metadonnees = Map.of(SourcesDeParametres.NUMERO_ANS, p.numeroAns(),
                SourcesDeParametres.TYPE_DEMANDE, p.typeDemande().name(),
                SourcesDeParametres.TAUX_TVA, p.tauxTva().texte());
        PresignedPutObjectRequest depot = presigneur.presignPutObject(b -> b.signatureDuration(reglages.dureeDepot())
                .putObjectRequest(r -> r.bucket(reglages.bucketDepots()).key(cle(id)).metadata(metadonnees)
                        .contentType("application/json").contentLength(taille.asLong())));

        ObjectNode reponse = JsonStrict.MAPPER.createObjectNode();
        reponse.put("simulationId", id);
        ObjectNode envoi = reponse.putObject("depot");
        envoi.put("methode", "PUT");
        envoi.put("url", depot.url().toString());
        ObjectNode entetes = envoi.putObject("entetes");
        // What the client must send as is; the length is its body's, which the signature also binds.
        depot.signedHeaders().forEach((nom, valeurs) -> {
            if (!nom.equals("host") && !nom.equals("content-length")) {
                entetes.put(nom, String.join(",", valeurs));
            }
        });
        envoi.put("taille", taille.asLong());
        envoi.put("expiration", expiration.toString());
        reponse.put("statut", "/simulations/" + id);
        return ReponseHttp.json(201, reponse);
    }

    /**
     * {@code GET /simulations/{id}}: the status as the pipeline stands, read from the status's metadata first (its
     * état and version), so that a poll reads a small object: the EN_COURS status itself, or, once final, the
     * pipeline's bounded summary of that very version, with a fresh presigned link to its annotated file. Where the
     * summary is missing or belongs to another version, the status itself, bounded the same way.
     */
    public ReponseHttp consulter(String id) {
        if (!ID.matcher(id).matches()) {
            return ErreurApi.SIMULATION_INCONNUE.reponse();
        }
        String cle = cle(id);
        Optional<StockageS3.Ecrit> ecrit = absentSiInterdit(() -> stockage.ecrit(reglages.bucketResultats(),
                TraitementDepot.STATUTS + cle));
        if (ecrit.isEmpty()) {
            return enAttente(id);
        }
        if (ecrit.get().etat() != null && !ecrit.get().etat().equals(Etat.EN_COURS.name())) {
            Optional<ResumeSimulation> resume = lireResume(cle, ecrit.get());
            if (resume.isPresent()) {
                return ReponseHttp.json(200, ReponseSimulation.de(resume.get(),
                        lien(resume.get().sortie(), "attachment; filename=\"" + id + ".sortie.json\""),
                        lien(resume.get().attestation(), "inline; filename=\"" + id + ".attestation.html\"")));
            }
        }
        Optional<byte[]> statut = lire(reglages.bucketResultats(), TraitementDepot.STATUTS + cle);
        if (statut.isEmpty()) {
            return enAttente(id);
        }
        Statut s = StatutJson.lire(statut.get());
        if (s.etat() == Etat.EN_COURS) {
            return ReponseHttp.json(200, s);
        }
        ResumeSimulation resume = ResumeSimulation.deStatut(s);
        return ReponseHttp.json(200, ReponseSimulation.de(resume,
                lien(s.sortie() == null ? null : new ResumeSimulation.Sortie(s.sortie(), null),
                        "attachment; filename=\"" + id + ".sortie.json\""), null));
    }

    /** The summary written for the version whose status is final, if it is that one's. */
    private Optional<ResumeSimulation> lireResume(String cle, StockageS3.Ecrit statut) {
        return absentSiInterdit(() -> {
            try {
                var r = s3.getObjectAsBytes(b -> b.bucket(reglages.bucketResultats()).key(TraitementDepot.RESUMES + cle));
                StockageS3.Ecrit resume = StockageS3.Ecrit.de(r.response().metadata(), r.response().eTag());
                if (resume.rang().face(statut.rang()) != Rang.Ordre.MEME || !statut.etat().equals(resume.etat())) {
                    return Optional.empty();
                }
                return Optional.of(JsonStrict.MAPPER.readValue(r.asByteArray(), ResumeSimulation.class));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    private ReponseHttp enAttente(String id) {
        Optional<byte[]> trace = lire(reglages.bucketResultats(), SIMULATIONS + id + ".json");
        if (trace.isEmpty()) {
            return ErreurApi.SIMULATION_INCONNUE.reponse();
        }
        JsonNode t = JsonStrict.MAPPER.readTree(trace.get());
        JsonNode p = t.get("parametres");
        Statut enAttente = Statut.enAttente(id, new ParametresLus(p.get("numeroAns").asString(),
                p.get("typeDemande").asString(), p.get("tauxTva").asString()),
                new Entree(cle(id), null, null, t.get("taille").asLong()));
        return ReponseHttp.json(200, enAttente);
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
                .putObjectRequest(r -> r.bucket(reglages.bucketDepots()).key(cle("origine")))).url();
        return u.getProtocol() + "://" + u.getAuthority();
    }

    static String cle(String id) {
        return TraitementDepot.DEPOTS + id + ".json";
    }

    private Optional<byte[]> lire(String bucket, String cle) {
        return absentSiInterdit(() -> {
            try {
                return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(cle)).asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * This function's role may read every key it asks for, but has no {@code s3:ListBucket} (it has no list to
     * make): for such a role S3 answers a missing key with 403, not 404.
     */
    private static <T> Optional<T> absentSiInterdit(Supplier<Optional<T>> lecture) {
        try {
            return lecture.get();
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Optional<String> texte(JsonNode o, String champ) {
        JsonNode v = o.get(champ);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.of(v.isString() ? v.asString() : v.toString());
    }
}
