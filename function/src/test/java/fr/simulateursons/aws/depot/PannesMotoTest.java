package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.MotoServeur;
import fr.simulateursons.aws.ProxyHttp;

import fr.simulateursons.aws.Configuration;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.local.ConsommateurSqs;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults met in production, on real servers on loopback: moto behind {@link ProxyHttp}, which stalls or fails the
 * requests a test names. Every upload still ends with a final status, and a final status is never replaced.
 */
@ExtendWith(MotoServeur.class)
class PannesMotoTest {

    static final String DEPOTS = "depots";
    static final String RESULTATS = "resultats";
    static final String CLE = "a.json";
    static final Map<String, String> PARAMETRES = Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE",
            "taux-tva", "20");

    private MotoServeur.Infrastructure infra;
    private S3Client s3;
    private ProxyHttp proxy;

    @BeforeEach
    void serveurs() throws IOException {
        infra = MotoServeur.infrastructure(DEPOTS, RESULTATS);
        s3 = infra.s3();
        proxy = new ProxyHttp(URI.create(infra.env().get("AWS_ENDPOINT_URL")));
    }

    @AfterEach
    void fin() throws IOException {
        proxy.close();
    }

    /** The function's environment, through the proxy, with the SDK's timeouts given. */
    private Map<String, String> viaLeProxy(long lectureMs, long appelMs) {
        Map<String, String> env = new HashMap<>(infra.env());
        env.put("AWS_ENDPOINT_URL", proxy.adresse().toString());
        env.put("AWS_DELAI_LECTURE_MS", String.valueOf(lectureMs));
        env.put("AWS_DELAI_TENTATIVE_MS", String.valueOf(appelMs));
        env.put("AWS_DELAI_APPEL_MS", String.valueOf(appelMs));
        env.put("TENTATIVES_MAX", "3");
        return env;
    }

    private SQSBatchResponse livrer(SqsHandler handler, PutObjectResponse depot, int reception, Duration reste,
                                    Livraisons.Contexte contexte) {
        return handler.handleRequest(Livraisons.message(Livraisons.notification(DEPOTS, CLE, depot.versionId(),
                depot.eTag().replace("\"", ""), 10, "01"), reception), contexte == null ? new Livraisons.Contexte(reste)
                : contexte);
    }

    private JsonNode statut() {
        return JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("statuts/" + CLE)).asByteArray());
    }

    private List<String> etatsEcrits() {
        return s3.listObjectVersions(b -> b.bucket(RESULTATS).prefix("statuts/" + CLE)).versions().stream()
                .map(v -> JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("statuts/" + CLE)
                        .versionId(v.versionId())).asByteArray()).get("etat").asString()).toList();
    }

    private static boolean lectureDuDepot(ProxyHttp.Requete r) {
        return r.methode().equals("GET") && r.chemin().startsWith("/" + DEPOTS + "/" + CLE) && !r.chemin().contains("tagging");
    }

    @Test
    void unS3QuiNeRepondPlusLaisseEnCoursPuisLaDerniereTentativeEcritErreurInterne() {
        PutObjectResponse depot = infra.deposer(DEPOTS, CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        SqsHandler handler = SqsHandler.depuis(viaLeProxy(300, 1_000), Fixtures.APRES_LES_EXEMPLES);
        proxy.regle(r -> lectureDuDepot(r) ? ProxyHttp.Action.BLOQUER : ProxyHttp.Action.TRANSMETTRE);

        SQSBatchResponse premiere = livrer(handler, depot, 1, Duration.ofMinutes(1), null);
        String apresLaPremiere = statut().get("etat").asString();
        SQSBatchResponse derniere = livrer(handler, depot, 3, Duration.ofMinutes(1), null);

        assertThat(premiere.getBatchItemFailures()).hasSize(1);
        assertThat(apresLaPremiere).isEqualTo("EN_COURS");
        assertThat(derniere.getBatchItemFailures()).hasSize(1);
        assertThat(statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(etatsEcrits()).containsExactlyInAnyOrder("EN_COURS", "EN_COURS", "ERREUR_INTERNE");
    }

    @Test
    void uneInvocationCourteArreteLaSimulationATempsPourEcrireLeStatutFinal() {
        PutObjectResponse depot = infra.deposer(DEPOTS, CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        // Reads that would wait 60 s between two bytes, calls bounded to 1.5 s: only the guard can stop the chain
        // of a 5 s invocation with time left to write (3 writes × 1.5 s kept in reserve).
        SqsHandler handler = SqsHandler.depuis(viaLeProxy(60_000, 1_500), Fixtures.APRES_LES_EXEMPLES);
        proxy.regle(r -> lectureDuDepot(r) ? ProxyHttp.Action.TRONQUER : ProxyHttp.Action.TRANSMETTRE);
        Livraisons.Contexte contexte = new Livraisons.Contexte(Duration.ofSeconds(5));

        SQSBatchResponse r = livrer(handler, depot, 3, null, contexte);

        assertThat(r.getBatchItemFailures()).hasSize(1);
        assertThat(contexte.getRemainingTimeInMillis()).isPositive();
        assertThat(statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(contexte.lignes).anySatisfy(l -> {
            JsonNode ligne = JsonStrict.MAPPER.readTree(l);
            assertThat(ligne.get("evenement").asString()).isEqualTo("simulation");
            assertThat(ligne.get("cause").asString()).startsWith("java.util.concurrent.TimeoutException");
        });
    }

    @Test
    void unStatutFinalQuiNePeutEtreEcritFinitParLaFileDesEchecs() {
        String echecs = infra.file("echecs");
        String arn = infra.sqs().getQueueAttributes(b -> b.queueUrl(echecs).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String notifications = infra.sqs().createQueue(b -> b.queueName("notifications").attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "0",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\": \"" + arn + "\", \"maxReceiveCount\": 3}")))
                .queueUrl();
        infra.notifier(DEPOTS, notifications);
        Map<String, String> env = viaLeProxy(2_000, 2_000);
        proxy.regle(r -> r.methode().equals("PUT") && r.chemin().startsWith("/" + RESULTATS + "/statuts/")
                && !r.contient("EN_COURS") ? ProxyHttp.Action.ECHOUER : ProxyHttp.Action.TRANSMETTRE);
        infra.deposer(DEPOTS, CLE, Fixtures.exemple("avance-valide.json"), PARAMETRES, Map.of());
        ConsommateurSqs pipeline = new ConsommateurSqs(infra.sqs(), SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES));

        // As Lambda's event source mapping would, until the queue moves the message to the failure queue.
        long limite = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (nombre(echecs) == 0 && System.nanoTime() < limite) {
            pipeline.vider(notifications, 0);
        }
        List<String> pendantLaPanne = etatsEcrits();
        proxy.regle(r -> ProxyHttp.Action.TRANSMETTRE);
        int finalises = new ConsommateurSqs(infra.sqs(), new FinalisationHandler(Pipeline.traitement(env,
                Fixtures.APRES_LES_EXEMPLES), Configuration.depuis(env))).vider(echecs, 0);

        assertThat(pendantLaPanne).isNotEmpty().containsOnly("EN_COURS");
        assertThat(finalises).isEqualTo(1);
        assertThat(statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
    }

    private int nombre(String file) {
        return Integer.parseInt(infra.sqs().getQueueAttributes(b -> b.queueUrl(file)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    /** Whether anything is written at a key of the results bucket now. */
    private boolean present(String cle) {
        try {
            s3.headObject(b -> b.bucket(RESULTATS).key(cle));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private int versionsEcrites(String cle) {
        return (int) s3.listObjectVersions(b -> b.bucket(RESULTATS).prefix(cle)).versions().stream()
                .filter(v -> v.key().equals(cle)).count();
    }

    private static boolean statutFinal(ProxyHttp.Requete r) {
        return r.methode().equals("PUT") && r.chemin().startsWith("/" + RESULTATS + "/statuts/") && !r.contient("EN_COURS");
    }

    @Test
    void laFinalisationRetireLeRejetQuUneTentativeAEcritSansPouvoirEcrireSonStatut() {
        PutObjectResponse depot = infra.deposer(DEPOTS, CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES,
                Map.of());
        Map<String, String> env = viaLeProxy(2_000, 2_000);
        SqsHandler handler = SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES);
        proxy.regle(r -> statutFinal(r) ? ProxyHttp.Action.ECHOUER : ProxyHttp.Action.TRANSMETTRE);

        for (int reception = 1; reception <= 3; reception++) {
            assertThat(livrer(handler, depot, reception, Duration.ofMinutes(1), null).getBatchItemFailures()).hasSize(1);
        }
        proxy.regle(r -> ProxyHttp.Action.TRANSMETTRE);
        new FinalisationHandler(Pipeline.traitement(env, Fixtures.APRES_LES_EXEMPLES), Configuration.depuis(env))
                .handleRequest(Livraisons.message(Livraisons.notification(DEPOTS, CLE, depot.versionId(),
                        depot.eTag().replace("\"", ""), 10, "01"), 1), null);

        assertThat(statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        for (String prefixe : List.of("sorties/", "attestations/", "resumes/")) {
            assertThat(versionsEcrites(prefixe + CLE)).as(prefixe + " écrit par les tentatives").isPositive();
            assertThat(present(prefixe + CLE)).as(prefixe + " auprès du statut final").isFalse();
        }
    }

    @Test
    void laDerniereTentativeEnErreurInterneRetireLeRejetDUneTentativePrecedente() {
        PutObjectResponse depot = infra.deposer(DEPOTS, CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES,
                Map.of());
        SqsHandler handler = SqsHandler.depuis(viaLeProxy(2_000, 2_000), Fixtures.APRES_LES_EXEMPLES);
        proxy.regle(r -> statutFinal(r) ? ProxyHttp.Action.ECHOUER : ProxyHttp.Action.TRANSMETTRE);
        assertThat(livrer(handler, depot, 1, Duration.ofMinutes(1), null).getBatchItemFailures()).hasSize(1);
        proxy.regle(r -> lectureDuDepot(r) ? ProxyHttp.Action.ECHOUER : ProxyHttp.Action.TRANSMETTRE);

        assertThat(livrer(handler, depot, 3, Duration.ofMinutes(1), null).getBatchItemFailures()).hasSize(1);

        assertThat(statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(versionsEcrites("sorties/" + CLE)).isPositive();
        assertThat(present("sorties/" + CLE)).isFalse();
        assertThat(present("attestations/" + CLE)).isFalse();
        // The last attempt's own summary supersedes the rejection's.
        assertThat(s3.headObject(b -> b.bucket(RESULTATS).key("resumes/" + CLE)).metadata())
                .containsEntry("etat", "ERREUR_INTERNE");
    }

    @Test
    void leFichierDeSortieLAttestationEtLeResumeSontEcritsAvantLeStatutFinal() {
        PutObjectResponse depot = infra.deposer(DEPOTS, CLE, Fixtures.octets("demandes/avance-d07.json"), PARAMETRES,
                Map.of());
        SqsHandler handler = SqsHandler.depuis(viaLeProxy(5_000, 5_000), Fixtures.APRES_LES_EXEMPLES);

        assertThat(livrer(handler, depot, 1, Duration.ofMinutes(1), null).getBatchItemFailures()).isEmpty();

        List<String> ecritures = proxy.recues().stream().filter(r -> r.methode().equals("PUT"))
                .map(r -> r.chemin().replaceFirst("\\?.*", "") + (r.contient("EN_COURS") ? " EN_COURS" : ""))
                .toList();
        assertThat(ecritures).containsExactly("/resultats/statuts/a.json EN_COURS", "/resultats/sorties/a.json",
                "/resultats/attestations/a.json", "/resultats/resumes/a.json", "/resultats/statuts/a.json");
        assertThat(statut().get("etat").asString()).isEqualTo("REJETE");
    }
}
