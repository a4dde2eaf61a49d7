package fr.simulateursons.api;

import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.aws.s3.StockageS3;

import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.ClientsAws;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presigned PUT binds the parameters and the length: s3proxy checks SigV4 signatures as S3 does, so a
 * client that changes a metadata value, sends another length or comes too late is refused by the server.
 */
class SignatureDepotProxyTest {

    @RegisterExtension
    static final S3ProxyExtension S3PROXY = S3ProxyExtension.builder().withCredentials("identifiant", "secret").build();

    private S3Client s3;
    private ClientsAws clients;

    @BeforeEach
    void buckets() {
        clients = new ClientsAws(Map.of("AWS_ENDPOINT_URL", S3PROXY.getUri().toString(), "AWS_ACCESS_KEY_ID",
                S3PROXY.getAccessKey(), "AWS_SECRET_ACCESS_KEY", S3PROXY.getSecretKey(), "AWS_REGION", "us-east-1"));
        s3 = clients.s3();
        s3.createBucket(b -> b.bucket("depots"));
        s3.createBucket(b -> b.bucket("resultats"));
    }

    private RouteurApi api(Duration duree) {
        return new RouteurApi(new ServiceSimulations(new StockageS3(s3), clients.presigneur(),
                new ServiceSimulations.Reglages("depots", "resultats", duree), Moteur.builder().build(),
                Clock.systemUTC()), new CleApi(java.util.Optional.empty()));
    }

    private JsonNode creer(RouteurApi api, byte[] contenu) {
        ReponseHttp r = api.traiter(Http.post("/simulations",
                Http.creation("SONS-V2-DEMO-DPI", "AVANCE", "20", contenu.length)));
        assertThat(r.statut()).isEqualTo(201);
        return Http.json(r);
    }

    @Test
    void leDepotAvecLesEntetesDonnesPasseEtPorteLesParametres() throws Exception {
        byte[] contenu = Fixtures.exemple("avance-valide.json");
        JsonNode creation = creer(api(Duration.ofMinutes(15)), contenu);

        assertThat(Http.deposer(creation, contenu, Map.of())).isEqualTo(200);

        String cle = "depots/" + creation.get("simulationId").asString() + ".json";
        assertThat(s3.headObject(b -> b.bucket("depots").key(cle)).metadata()).containsExactlyInAnyOrderEntriesOf(
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE", "taux-tva", "20"));
    }

    @Test
    void dAutresMetadonneesSontRefusees() throws Exception {
        byte[] contenu = Fixtures.exemple("avance-valide.json");
        JsonNode creation = creer(api(Duration.ofMinutes(15)), contenu);

        assertThat(Http.deposer(creation, contenu, Map.of("x-amz-meta-type-demande", "SOLDE"))).isEqualTo(403);
    }

    @Test
    void uneAutreLongueurEstRefusee() throws Exception {
        byte[] contenu = Fixtures.exemple("avance-valide.json");
        JsonNode creation = creer(api(Duration.ofMinutes(15)), contenu);

        assertThat(Http.deposer(creation, java.util.Arrays.copyOf(contenu, contenu.length + 1), Map.of()))
                .isEqualTo(403);
    }

    @Test
    void apresLExpirationLeDepotEstRefuse() throws Exception {
        byte[] contenu = Fixtures.exemple("avance-valide.json");
        JsonNode creation = creer(api(Duration.ofSeconds(1)), contenu);
        java.time.Instant expiration = java.time.Instant.parse(creation.get("depot").get("expiration").asString());

        // Uploads go through until the URL expires (the signature's time is S3's, not ours): retried until refused.
        int code;
        do {
            code = Http.deposer(creation, contenu, Map.of());
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        } while (code != 403 && java.time.Instant.now().isBefore(expiration.plusSeconds(10)));

        assertThat(code).isEqualTo(403);
        assertThat(java.time.Instant.now()).isAfter(expiration);
    }
}
