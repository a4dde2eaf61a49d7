package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.ClientsAws;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same pipeline against LocalStack, for machines with a Docker engine. Without one it reports itself
 * skipped; {@link PipelineMotoTest} covers the same path on every machine.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineLocalStackTest {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer("localstack/localstack:4.4").withServices("s3");

    @Test
    void unDepotAvecSesMetadonneesReussit() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL", LOCALSTACK.getEndpoint().toString(),
                "AWS_ACCESS_KEY_ID", LOCALSTACK.getAccessKey(), "AWS_SECRET_ACCESS_KEY", LOCALSTACK.getSecretKey(),
                "AWS_REGION", LOCALSTACK.getRegion(), "RESULTS_BUCKET", "simulateur-sons-resultats");
        S3Client s3 = new ClientsAws(env).s3();
        s3.createBucket(b -> b.bucket("simulateur-sons-depots"));
        s3.createBucket(b -> b.bucket("simulateur-sons-resultats"));
        s3.putObject(b -> b.bucket("simulateur-sons-depots").key("exemples/avance-valide.json")
                        .metadata(Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE", "taux-tva", "20")),
                RequestBody.fromBytes(Fixtures.exemple("avance-valide.json")));

        SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES)
                .handleRequest(EventLoader.loadSQSEvent("../events/sqs-s3-put.json"), null);

        byte[] statut = s3.getObjectAsBytes(b -> b.bucket("simulateur-sons-resultats")
                .key("statuts/exemples/avance-valide.json")).asByteArray();
        assertThat(JsonStrict.MAPPER.readTree(statut).get("etat").asString()).isEqualTo("REUSSI");
    }
}
