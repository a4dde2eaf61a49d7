package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.MotoServeur;

import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.s3.ObjetDepose;
import fr.simulateursons.aws.s3.StockageS3;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.local.ConsommateurSqs;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.TraducteurPack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 pipeline end to end against a real moto_server, as {@code template.yaml} wires it: upload, S3 notification in
 * an SQS message, statuses, annotated file and summary; retries by receive count, versions delivered out of order.
 */
@ExtendWith(MotoServeur.class)
class PipelineMotoTest {

    static final String DEPOTS = "simulateur-sons-depots";
    static final String RESULTATS = "simulateur-sons-resultats";
    static final String CLE = "exemples/avance-valide.json";
    static final Map<String, String> PARAMETRES = Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE",
            "taux-tva", "20");

    private MotoServeur.Infrastructure infra;
    private S3Client s3;
    private Map<String, String> env;
    private SqsHandler handler;

    @BeforeEach
    void buckets() throws IOException {
        infra = MotoServeur.infrastructure(DEPOTS, RESULTATS);
        s3 = infra.s3();
        env = new HashMap<>(infra.env());
        env.put("TENTATIVES_MAX", "3");
        handler = SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES);
    }

    private PutObjectResponse deposer(String cle, byte[] contenu, Map<String, String> metadonnees,
                                      Map<String, String> tags) {
        return infra.deposer(DEPOTS, cle, contenu, metadonnees, tags);
    }

    /** The notification of an upload, on its {@code reception}-th delivery, with the event's sequencer. */
    private SQSBatchResponse livrer(String cle, PutObjectResponse depot, long taille, String sequenceur, int reception) {
        return handler.handleRequest(Livraisons.message(Livraisons.notification(DEPOTS, cle, depot.versionId(),
                depot.eTag().replace("\"", ""), taille, sequenceur), reception), null);
    }

    private SQSBatchResponse livrerFichier(String fichier) {
        return handler.handleRequest(EventLoader.loadSQSEvent("../events/" + fichier), null);
    }

    private JsonNode lireJson(String cle) {
        return JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key(cle)).asByteArray());
    }

    private JsonNode simulerExemple(byte[] contenu, Map<String, String> metadonnees, Map<String, String> tags) {
        deposer(CLE, contenu, metadonnees, tags);
        assertThat(livrerFichier("sqs-s3-put.json").getBatchItemFailures()).isEmpty();
        return lireJson("statuts/" + CLE);
    }

    private List<ObjectVersion> versions(String cle) {
        return s3.listObjectVersions(b -> b.bucket(RESULTATS).prefix(cle)).versions().stream()
                .filter(v -> v.key().equals(cle)).toList();
    }

    @Test
    void unDepotAvecSesMetadonneesReussit() {
        PutObjectResponse depot = deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());

        assertThat(livrer(CLE, depot, 1564, "01", 1).getBatchItemFailures()).isEmpty();

        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(statut.get("etat").asString()).isEqualTo("REUSSI");
        assertThat(statut.get("parametres").get("numeroAns").asString()).isEqualTo("SONS-V2-DEMO-DPI");
        assertThat(statut.get("entree").get("cle").asString()).isEqualTo(CLE);
        assertThat(statut.get("entree").get("versionId").asString()).isEqualTo(depot.versionId());
        assertThat(statut.get("entree").get("etag").asString()).isEqualTo(depot.eTag().replace("\"", ""));
        assertThat(statut.get("entree").get("taille").asLong()).isEqualTo(Fixtures.exemple("avance-valide.json").length);
        assertThat(statut.get("sortie").isNull()).isTrue();
        assertThat(statut.get("fin").isNull()).isFalse();
    }

    @Test
    void leStatutEnCoursPrecedeLeFinalQuiNEstJamaisRemplaceParUneNouvelleLivraison() {
        simulerExemple(Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        // The same event again, as SQS may deliver it twice: the final status stays.
        assertThat(livrerFichier("sqs-s3-put.json").getBatchItemFailures()).isEmpty();

        List<ObjectVersion> versions = versions("statuts/" + CLE).stream()
                .sorted(Comparator.comparing(ObjectVersion::lastModified).thenComparing(v -> v.isLatest())).toList();
        assertThat(versions).hasSize(2);
        JsonNode premier = JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS)
                .key("statuts/" + CLE).versionId(versions.get(0).versionId())).asByteArray());
        assertThat(premier.get("etat").asString()).isEqualTo("EN_COURS");
        assertThat(premier.get("message").asString()).isEqualTo("La simulation est en cours.");
        assertThat(lireJson("statuts/" + CLE).get("etat").asString()).isEqualTo("REUSSI");
    }

    @Test
    void lesTagsSeuls() {
        JsonNode statut = simulerExemple(Fixtures.exemple("avance-valide.json"), Map.of(), PARAMETRES);

        assertThat(statut.get("etat").asString()).isEqualTo("REUSSI");
    }

    @Test
    void metadonneesEtTagsEnDesaccordSontP05() {
        JsonNode statut = simulerExemple(Fixtures.exemple("avance-valide.json"), PARAMETRES,
                Map.of("type-demande", "SOLDE"));

        assertThat(statut.get("etape").asString()).isEqualTo("PARAMETRES");
        assertThat(statut.get("message").asString()).isEqualTo(
                "Les paramètres de la simulation sont contradictoires entre métadonnées et tags : type-demande.");
    }

    @Test
    void sansParametres() {
        JsonNode statut = simulerExemple(Fixtures.exemple("avance-valide.json"), Map.of(), Map.of());

        assertThat(statut.get("etat").asString()).isEqualTo("REJETE");
        assertThat(statut.get("erreurs")).extracting(e -> e.get("code").asString())
                .containsExactly("P01", "P02", "P03");
    }

    @Test
    void unRejetDeFormatNEcritPasDeFichierDeSortie() {
        JsonNode statut = simulerExemple(Fixtures.octets("format/avance-s01.json"), PARAMETRES, Map.of());

        assertThat(statut.get("etape").asString()).isEqualTo("FORMAT");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(RESULTATS).key("sorties/" + CLE)))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(lireJson("resumes/" + CLE).get("erreursTotal").asInt()).isEqualTo(statut.get("erreurs").size());
    }

    @Test
    void unRejetAuxDemandesEcritLeFichierDeSortieEtLeResumeDeSesAnomalies() {
        JsonNode statut = simulerExemple(Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());

        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        assertThat(statut.get("sortie").asString()).isEqualTo("sorties/" + CLE);
        JsonNode sortie = lireJson("sorties/" + CLE);
        JsonNode anomalie = sortie.get("demandes").get(0).get("anomalies").get(0);
        assertThat(anomalie.get("code").asString()).isEqualTo("D07");
        JsonNode resume = lireJson("resumes/" + CLE);
        assertThat(resume.get("anomaliesTotal").asInt()).isEqualTo(1);
        JsonNode listee = resume.get("anomalies").get(0);
        // Numbered for people, from 1: demande 1 is /demandes/0.
        assertThat(listee.get("demande").asInt()).isOne();
        assertThat(listee.get("idDemande").asString()).isEqualTo(sortie.get("demandes").get(0).get("idDemande").asString());
        for (String champ : List.of("code", "libelle", "chemin", "ligne", "colonne", "attendu")) {
            assertThat(listee.get(champ)).as(champ).isEqualTo(anomalie.get(champ));
        }
        assertThat(resume.get("sortie").get("versionId").asString())
                .isEqualTo(s3.headObject(b -> b.bucket(RESULTATS).key("sorties/" + CLE)).versionId());
    }

    /** The essai pack's files under ressources/ of the results bucket, where the function may read them. */
    private String publierLePackEssai() throws IOException {
        return infra.publier(RESULTATS, "ressources/format-sons/essai/",
                Fixtures.MODULE.resolve("src/test/resources/" + TraducteurPack.DOSSIER));
    }

    @Test
    void unPackDeFormatSurS3EstLuParLePipeline() throws IOException {
        env.put("FORMAT_SONS_URI", publierLePackEssai());
        handler = SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES);

        JsonNode statut = simulerExemple(TraducteurPack.traduire(Fixtures.octets("demandes/avance-d07.json")),
                PARAMETRES, Map.of());

        assertThat(statut.get("format").asString()).isEqualTo("essai-2026.1");
        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        JsonNode anomalie = lireJson("sorties/" + CLE).at("/dossier/lignes/0/anomalies/0");
        assertThat(anomalie.get("code").asString()).isEqualTo("D07");
        assertThat(anomalie.get("chemin").asString()).isEqualTo("/dossier/lignes/0/commande/tva");
    }

    @Test
    void unPackDeFormatIncompletSurS3EstR01EtJamaisLePackEmbarque() throws IOException {
        String pack = publierLePackEssai();
        s3.deleteObject(b -> b.bucket(RESULTATS).key("ressources/format-sons/essai/schemas/solde.json"));
        env.put("FORMAT_SONS_URI", pack);
        env.put("TENTATIVES_MAX", "1");
        handler = SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES);

        deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());

        // The last attempt writes the final status, then fails the message for the failure queue to see it.
        assertThat(livrerFichier("sqs-s3-put.json").getBatchItemFailures()).hasSize(1);
        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(statut.get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(statut.get("erreurs").get(0).get("code").asString()).isEqualTo("R01");
        assertThat(statut.get("erreurs").get(0).get("chemin").asString()).isEqualTo(pack);
    }

    @Test
    void unObjetDePlusDeQuatreMoEstF01SansEtreLu() {
        byte[] trop = new byte[4_194_305];
        java.util.Arrays.fill(trop, (byte) ' ');

        JsonNode statut = simulerExemple(trop, PARAMETRES, Map.of());

        assertThat(statut.get("erreurs").get(0).get("code").asString()).isEqualTo("F01");
        assertThat(statut.get("entree").get("taille").asLong()).isEqualTo(4_194_305);
    }

    @Test
    void laLectureNeDemandeJamaisPlusQueLaLimitePlusUnOctet() throws IOException {
        byte[] grand = new byte[5_000_000];
        deposer(CLE, grand, Map.of(), Map.of());
        StockageS3 stockage = new StockageS3(s3);
        ObjetDepose o = new ObjetDepose(DEPOTS, CLE, null, null, null);
        // An object that grew after HEAD: the stream still stops at the limit.
        StockageS3.Entete ancien = new StockageS3.Entete(Map.of(), 10, null, null);

        try (InputStream in = stockage.fichier(o, ancien).ouvrir()) {
            assertThat(in.readAllBytes()).hasSize(4_194_305);
        }
    }

    @Test
    void uneCleEncodeeDansLEvenementEstDecodee() {
        String cle = "mes dépôts/solde valide (2).json";
        deposer(cle, Fixtures.exemple("solde-valide.json"), Map.of("numero-ans", "SONS-V2-DEMO-DPI",
                "type-demande", "SOLDE", "taux-tva", "20"), Map.of());

        assertThat(livrerFichier("sqs-s3-put-cle-encodee.json").getBatchItemFailures()).isEmpty();

        assertThat(lireJson("statuts/" + cle).get("etat").asString()).isEqualTo("REUSSI");
    }

    @Test
    void laMemeVersionLivreeDeuxFoisDonneLesMemesSorties() {
        PutObjectResponse depot = deposer(CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());

        livrer(CLE, depot, 10, "0A", 1);
        JsonNode premier = lireJson("statuts/" + CLE);
        byte[] sortie1 = s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("sorties/" + CLE)).asByteArray();
        livrer(CLE, depot, 10, "0A", 1);

        assertThat(lireJson("statuts/" + CLE)).isEqualTo(premier);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("sorties/" + CLE)).asByteArray()).isEqualTo(sortie1);
    }

    /** Two versions of the key: a file rejected at DEMANDES (it has an annotated file), then a valid one. */
    private List<PutObjectResponse> unRejetPuisUnFichierValide() {
        return List.of(deposer(CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of()),
                deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of()));
    }

    @Test
    void uneVersionPlusAncienneLivreeApresNeRemplaceNiLeStatutNiLeFichierDeSortie() {
        List<PutObjectResponse> v = unRejetPuisUnFichierValide();

        livrer(CLE, v.get(1), 10, "0055AED6DCD90281E6", 1);
        livrer(CLE, v.get(0), 10, "0055AED6DCD90281E5", 1);

        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(statut.get("etat").asString()).isEqualTo("REUSSI");
        assertThat(statut.get("entree").get("versionId").asString()).isEqualTo(v.get(1).versionId());
        assertThat(versions("statuts/" + CLE)).hasSize(2);
        assertThat(versions("sorties/" + CLE)).isEmpty();
    }

    @Test
    void leFichierDeSortieEstCeluiDeLaVersionQueNommeLeStatut() {
        byte[] d07 = Fixtures.octets("demandes/avance-d07.json");
        PutObjectResponse v1 = deposer(CLE, d07, PARAMETRES, Map.of());
        PutObjectResponse v2 = deposer(CLE, Fixtures.octets("demandes/avance-d06.json"), PARAMETRES, Map.of());

        livrer(CLE, v1, 10, "0A", 1);
        // A longer sequencer is not a later one: S3's are compared after left-padding with zeros.
        livrer(CLE, v2, 10, "000B", 1);
        livrer(CLE, v1, 10, "0A", 2);

        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(statut.get("entree").get("versionId").asString()).isEqualTo(v2.versionId());
        JsonNode sortie = lireJson("sorties/" + CLE);
        assertThat(sortie.get("demandes").get(0).get("anomalies").get(0).get("code").asString()).isEqualTo("D06");
        assertThat(lireJson("resumes/" + CLE).get("statut").get("entree").get("versionId").asString())
                .isEqualTo(v2.versionId());
    }

    @Test
    void leFichierDeSortieDUneVersionPrecedenteNeResteJamaisAupresDUnStatutQuiNEnNommeAucun() {
        List<PutObjectResponse> v = unRejetPuisUnFichierValide();

        livrer(CLE, v.get(0), 10, "0A", 1);
        livrer(CLE, v.get(1), 10, "0B", 1);

        JsonNode sortie = lireJson("statuts/" + CLE).path("sortie");
        assertThat(sortie.isNull() || sortie.isMissingNode()).as("le statut ne nomme aucun fichier annoté").isTrue();
        assertThat(versions("sorties/" + CLE)).as("la version 1 avait écrit son fichier annoté").hasSize(1);
        assertThatThrownBy(() -> lireJson("sorties/" + CLE)).isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.headObject(b -> b.bucket(RESULTATS).key("attestations/" + CLE)).metadata())
                .containsEntry("etat", "REUSSI");
    }

    @Test
    void unDepotDeLApiGardeLIdentifiantDeLApi() {
        String id = UUID.randomUUID().toString();
        String cle = "depots/" + id + ".json";
        PutObjectResponse depot = deposer(cle, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());

        livrer(cle, depot, 10, "01", 1);

        assertThat(lireJson("statuts/" + cle).get("simulationId").asString()).isEqualTo(id);
    }

    @Test
    void unObjetIllisibleResteEnCoursJusquALaDerniereTentativeQuiEcritErreurInterne() {
        PutObjectResponse absent = PutObjectResponse.builder().eTag("\"0\"").versionId("absente").build();

        SQSBatchResponse premiere = livrer(CLE, absent, 10, "01", 1);
        JsonNode enCours = lireJson("statuts/" + CLE);
        SQSBatchResponse derniere = livrer(CLE, absent, 10, "01", 3);

        assertThat(premiere.getBatchItemFailures()).hasSize(1);
        assertThat(enCours.get("etat").asString()).isEqualTo("EN_COURS");
        // Reported failed, so that the event reaches the failure queue, where the alarm is.
        assertThat(derniere.getBatchItemFailures()).hasSize(1);
        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(statut.get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(statut.get("message").asString()).isEqualTo("Une erreur technique est survenue ; la simulation "
                + "n'a pas pu aboutir. Le fichier n'a pas été modifié.");
        assertThat(livrer(CLE, absent, 10, "01", 3).getBatchItemFailures()).isEmpty();
        assertThat(versions("statuts/" + CLE)).extracting(v -> JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b
                        .bucket(RESULTATS).key("statuts/" + CLE).versionId(v.versionId())).asByteArray()).get("etat").asString())
                .containsOnly("EN_COURS", "ERREUR_INTERNE").hasSize(3);
    }

    @Test
    void sansBucketDeResultatsLeMessageEchoueSansRienEcrire() {
        deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        Map<String, String> sans = new HashMap<>(env);
        sans.put("RESULTS_BUCKET", "bucket-absent");

        SQSBatchResponse r = SqsHandler.depuis(sans, Fixtures.APRES_LES_EXEMPLES)
                .handleRequest(EventLoader.loadSQSEvent("../events/sqs-s3-put.json"), null);

        assertThat(r.getBatchItemFailures()).hasSize(1);
        assertThat(s3.listObjectsV2(b -> b.bucket(RESULTATS)).contents()).isEmpty();
    }

    @Test
    void lEntreeNEstJamaisModifiee() {
        PutObjectResponse depot = deposer(CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES,
                Map.of("origine", "test"));

        livrer(CLE, depot, 10, "01", 1);

        List<ObjectVersion> versions = s3.listObjectVersions(b -> b.bucket(DEPOTS)).versions();
        assertThat(versions).extracting(ObjectVersion::versionId).containsExactly(depot.versionId());
        assertThat(s3.getObjectTagging(b -> b.bucket(DEPOTS).key(CLE)).tagSet())
                .extracting(Tag::key).containsExactly("origine");
    }

    @Test
    void lesResultatsNeDeclenchentRien() {
        for (ObjetDepose o : List.of(new ObjetDepose(RESULTATS, CLE, null, null, 10L),
                new ObjetDepose(DEPOTS, "statuts/" + CLE, null, null, 10L),
                new ObjetDepose(DEPOTS, "sorties/" + CLE, null, null, 10L),
                new ObjetDepose(DEPOTS, "resumes/" + CLE, null, null, 10L),
                new ObjetDepose(DEPOTS, "attestations/" + CLE, null, null, 10L),
                new ObjetDepose(DEPOTS, "revalidations/run/" + CLE, null, null, 10L))) {
            handler.handleRequest(Livraisons.message(Livraisons.notification(o.bucket(), o.cle(), null, "0", 10, "01"), 1),
                    null);
        }

        assertThat(s3.listObjectsV2(b -> b.bucket(RESULTATS)).contents()).isEmpty();
    }

    @Test
    void uneNotificationS3VersSqsEstConsommeeEtTraitee() {
        String file = infra.file("notifications");
        infra.notifier(DEPOTS, file);
        deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        deposer("autre.json", Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());

        int traites = new ConsommateurSqs(infra.sqs(), handler).vider(file, 1);

        assertThat(traites).isGreaterThanOrEqualTo(2);
        assertThat(lireJson("statuts/" + CLE).get("etat").asString()).isEqualTo("REUSSI");
        assertThat(lireJson("statuts/autre.json").get("etape").asString()).isEqualTo("DEMANDES");
    }

    @Test
    void chaqueLigneDuJournalPorteLaRequeteEtLaSimulation() {
        PutObjectResponse depot = deposer(CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());
        Livraisons.Contexte contexte = new Livraisons.Contexte(Duration.ofMinutes(1));

        handler.handleRequest(Livraisons.message(Livraisons.notification(DEPOTS, CLE, depot.versionId(),
                depot.eTag().replace("\"", ""), 10, "01"), 1), contexte);
        handler.handleRequest(Livraisons.message(Livraisons.notification(DEPOTS, CLE, depot.versionId(),
                depot.eTag().replace("\"", ""), 10, "01"), 1), contexte);

        assertThat(contexte.lignes).hasSize(2).allSatisfy(l -> {
            assertThat(l).endsWith("\n").doesNotContain("\n\n");
            JsonNode ligne = JsonStrict.MAPPER.readTree(l);
            assertThat(ligne.get("requestId").asString()).isEqualTo("requete-de-test");
            assertThat(ligne.get("simulationId").asString())
                    .isEqualTo(lireJson("statuts/" + CLE).get("simulationId").asString());
        });
        assertThat(contexte.lignes).extracting(l -> JsonStrict.MAPPER.readTree(l).get("evenement").asString())
                .containsExactly("simulation", "ignore");
    }

    @Test
    void laFileDesEchecsFinaliseUnStatutResteEnCours() {
        PutObjectResponse absent = PutObjectResponse.builder().eTag("\"0\"").versionId("absente").build();
        livrer(CLE, absent, 10, "01", 1);
        FinalisationHandler finalisation = new FinalisationHandler(Pipeline.traitement(env, Fixtures.APRES_LES_EXEMPLES),
                Configuration.depuis(env));
        SQSEvent echec = Livraisons.message(Livraisons.notification(DEPOTS, CLE, "absente", "0", 10, "01"), 1);

        assertThat(finalisation.handleRequest(echec, null).getBatchItemFailures()).isEmpty();
        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(finalisation.handleRequest(echec, null).getBatchItemFailures()).isEmpty();

        assertThat(statut.get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(lireJson("statuts/" + CLE)).isEqualTo(statut);
    }

    @Test
    void laFileDesEchecsNeTouchePasUnStatutFinalEtFinaliseUnDepotSansStatut() {
        simulerExemple(Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        FinalisationHandler finalisation = new FinalisationHandler(Pipeline.traitement(env, Fixtures.APRES_LES_EXEMPLES),
                Configuration.depuis(env));

        finalisation.handleRequest(EventLoader.loadSQSEvent("../events/sqs-echec.json"), null);
        finalisation.handleRequest(Livraisons.message(Livraisons.notification(DEPOTS, "jamais-vu.json", null, "1", 10,
                "02"), 1), null);

        assertThat(lireJson("statuts/" + CLE).get("etat").asString()).isEqualTo("REUSSI");
        assertThat(lireJson("statuts/jamais-vu.json").get("etat").asString()).isEqualTo("ERREUR_INTERNE");
    }
}
