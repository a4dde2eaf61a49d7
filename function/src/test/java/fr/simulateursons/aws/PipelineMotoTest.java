package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.simulateursons.Fixtures;
import fr.simulateursons.json.JsonStrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 pipeline end to end against a real moto_server: upload, event, statuses and annotated file. */
@ExtendWith(MotoServeur.class)
class PipelineMotoTest {

    static final String DEPOTS = "simulateur-sons-depots";
    static final String RESULTATS = "simulateur-sons-resultats";
    static final String CLE = "exemples/avance-valide.json";
    static final Map<String, String> PARAMETRES = Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE",
            "taux-tva", "20");

    private MotoServeur.Infrastructure infra;
    private S3Client s3;
    private TraitementDepot traitement;
    private S3Handler handler;

    @BeforeEach
    void buckets() throws IOException {
        infra = MotoServeur.infrastructure(DEPOTS, RESULTATS);
        s3 = infra.s3();
        traitement = Processus.traitement(new StockageS3(s3), Configuration.depuis(infra.env()),
                Fixtures.APRES_LES_EXEMPLES);
        handler = new S3Handler(traitement);
    }

    private PutObjectResponse deposer(String cle, byte[] contenu, Map<String, String> metadonnees,
                                      Map<String, String> tags) {
        return infra.deposer(DEPOTS, cle, contenu, metadonnees, tags);
    }

    private static S3Event evenement(String fichier) {
        return EventLoader.loadS3Event("../events/" + fichier);
    }

    private JsonNode lireJson(String cle) {
        return JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key(cle)).asByteArray());
    }

    private JsonNode simulerExemple(byte[] contenu, Map<String, String> metadonnees, Map<String, String> tags) {
        deposer(CLE, contenu, metadonnees, tags);
        handler.handleRequest(evenement("s3-put.json"), null);
        return lireJson("statuts/" + CLE);
    }

    @Test
    void unDepotAvecSesMetadonneesReussit() {
        PutObjectResponse depot = deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());

        handler.handleRequest(evenement("s3-put.json"), null);

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
    void leStatutEnCoursEstEcritAvantLeStatutFinal() {
        simulerExemple(Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());

        List<ObjectVersion> versions = s3.listObjectVersions(b -> b.bucket(RESULTATS).prefix("statuts/" + CLE))
                .versions().stream().sorted(Comparator.comparing(ObjectVersion::lastModified)
                        .thenComparing(v -> !v.isLatest())).toList();
        assertThat(versions).hasSize(2);
        JsonNode premier = JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS)
                .key("statuts/" + CLE).versionId(versions.stream().filter(v -> !v.isLatest()).findFirst()
                        .orElseThrow().versionId())).asByteArray());
        assertThat(premier.get("etat").asString()).isEqualTo("EN_COURS");
        assertThat(premier.get("message").asString()).isEqualTo("La simulation est en cours.");
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
                .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
    }

    @Test
    void unRejetAuxDemandesEcritLeFichierDeSortie() {
        JsonNode statut = simulerExemple(Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());

        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        assertThat(statut.get("sortie").asString()).isEqualTo("sorties/" + CLE);
        JsonNode sortie = lireJson("sorties/" + CLE);
        assertThat(sortie.get("demandes").get(0).get("anomalies").get(0).get("code").asString()).isEqualTo("D07");
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

        handler.handleRequest(evenement("s3-put-cle-encodee.json"), null);

        assertThat(lireJson("statuts/" + cle).get("etat").asString()).isEqualTo("REUSSI");
    }

    @Test
    void laMemeLivraisonDeuxFoisDonneLesMemesSorties() {
        deposer(CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());

        handler.handleRequest(evenement("s3-put.json"), null);
        JsonNode premier = lireJson("statuts/" + CLE);
        byte[] sortie1 = s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("sorties/" + CLE)).asByteArray();
        handler.handleRequest(evenement("s3-put.json"), null);
        JsonNode second = lireJson("statuts/" + CLE);
        byte[] sortie2 = s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("sorties/" + CLE)).asByteArray();

        assertThat(Fixtures.sansHorodatage(second)).isEqualTo(Fixtures.sansHorodatage(premier));
        assertThat(sortie2).isEqualTo(sortie1);
    }

    @Test
    void unObjetSupprimeAvantLaLectureFinitEnErreurInterneEtFaitEchouerLInvocation() {
        assertThatThrownBy(() -> handler.handleRequest(evenement("s3-put.json"), null))
                .isInstanceOf(TraitementDepot.SimulationEnErreur.class);

        JsonNode statut = lireJson("statuts/" + CLE);
        assertThat(statut.get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(statut.get("message").asString()).isEqualTo("Une erreur technique est survenue ; la simulation "
                + "n'a pas pu aboutir. Le fichier n'a pas été modifié.");
    }

    @Test
    void sansBucketDeResultatsLInvocationEchoue() {
        deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        Map<String, String> env = new java.util.HashMap<>(MotoServeur.environnement("bucket-absent"));
        S3Handler sansResultats = new S3Handler(Processus.traitement(new StockageS3(s3), Configuration.depuis(env),
                Fixtures.APRES_LES_EXEMPLES));

        assertThatThrownBy(() -> sansResultats.handleRequest(evenement("s3-put.json"), null))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
        assertThat(s3.listObjectsV2(b -> b.bucket(RESULTATS)).contents()).isEmpty();
    }

    @Test
    void lEntreeNEstJamaisModifiee() {
        PutObjectResponse depot = deposer(CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES,
                Map.of("origine", "test"));

        handler.handleRequest(evenement("s3-put.json"), null);

        List<ObjectVersion> versions = s3.listObjectVersions(b -> b.bucket(DEPOTS)).versions();
        assertThat(versions).extracting(ObjectVersion::versionId).containsExactly(depot.versionId());
        assertThat(s3.getObjectTagging(b -> b.bucket(DEPOTS).key(CLE)).tagSet())
                .extracting(Tag::key).containsExactly("origine");
    }

    @Test
    void lesResultatsNeDeclenchentRien() {
        traitement.traiter(new ObjetDepose(RESULTATS, CLE, null, null, 10L));
        traitement.traiter(new ObjetDepose(DEPOTS, "statuts/" + CLE, null, null, 10L));
        traitement.traiter(new ObjetDepose(DEPOTS, "sorties/" + CLE, null, null, 10L));

        assertThat(s3.listObjectsV2(b -> b.bucket(RESULTATS)).contents()).isEmpty();
    }

    @Test
    void uneNotificationS3VersSqsEstConsommeeEtTraitee() {
        String file = infra.file("notifications");
        infra.notifier(DEPOTS, file);
        deposer(CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        deposer("autre.json", Fixtures.octets("demandes/avance-d07.json"), PARAMETRES, Map.of());

        int traites = new ConsommateurSqs(infra.sqs(), new SqsHandler(traitement)).vider(file, 1);

        assertThat(traites).isGreaterThanOrEqualTo(2);
        assertThat(lireJson("statuts/" + CLE).get("etat").asString()).isEqualTo("REUSSI");
        assertThat(lireJson("statuts/autre.json").get("etape").asString()).isEqualTo("DEMANDES");
    }

    @Test
    void unMessageSqsEnEchecEstSignalePourEtreRejoue() {
        SQSEvent evenement = EventLoader.loadSQSEvent("../events/sqs-s3-put.json");

        SQSBatchResponse reponse = new SqsHandler(traitement).handleRequest(evenement, null);

        assertThat(reponse.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(evenement.getRecords().get(0).getMessageId());
        assertThat(lireJson("statuts/" + CLE).get("etat").asString()).isEqualTo("ERREUR_INTERNE");
    }
}
