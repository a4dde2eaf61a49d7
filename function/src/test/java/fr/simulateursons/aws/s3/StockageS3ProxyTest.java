package fr.simulateursons.aws.s3;

import fr.simulateursons.aws.ClientsAws;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Fichier;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read/write path of {@link StockageS3} against s3proxy, which checks SigV4 signatures as S3 does
 * (moto does not). Tags are moto's part: s3proxy does not implement them.
 */
class StockageS3ProxyTest {

    @RegisterExtension
    static final S3ProxyExtension S3PROXY = S3ProxyExtension.builder()
            .withCredentials("identifiant", "secret")
            .build();

    private S3Client s3;
    private StockageS3 stockage;

    private static S3Client client(String cle, String secret) {
        return new ClientsAws(Map.of("AWS_ENDPOINT_URL", S3PROXY.getUri().toString(), "AWS_ACCESS_KEY_ID", cle,
                "AWS_SECRET_ACCESS_KEY", secret, "AWS_REGION", "us-east-1")).s3();
    }

    @BeforeEach
    void bucket() {
        s3 = client(S3PROXY.getAccessKey(), S3PROXY.getSecretKey());
        s3.createBucket(b -> b.bucket("depots"));
        s3.createBucket(b -> b.bucket("resultats"));
        stockage = new StockageS3(s3);
    }

    @Test
    void enteteEtContenuDUnDepot() throws Exception {
        byte[] contenu = Fixtures.exemple("avance-valide.json");
        s3.putObject(b -> b.bucket("depots").key("a b/é.json").metadata(Map.of("numero-ans", "SONS-V2-DEMO-DPI")),
                RequestBody.fromBytes(contenu));
        ObjetDepose o = new ObjetDepose("depots", "a b/é.json", null, null, null);

        StockageS3.Entete entete = stockage.entete(o);
        Fichier fichier = stockage.fichier(o, entete);

        assertThat(entete.metadonnees()).containsEntry("numero-ans", "SONS-V2-DEMO-DPI");
        assertThat(entete.taille()).isEqualTo(contenu.length);
        assertThat(fichier.taille()).hasValue(contenu.length);
        try (InputStream in = fichier.ouvrir()) {
            assertThat(in.readAllBytes()).isEqualTo(contenu);
        }
    }

    @Test
    void unObjetVideSeLitSansRequete() throws Exception {
        s3.putObject(b -> b.bucket("depots").key("vide.json"), RequestBody.empty());
        ObjetDepose o = new ObjetDepose("depots", "vide.json", null, null, null);

        try (InputStream in = stockage.fichier(o, stockage.entete(o)).ouvrir()) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void ecritureDUnResultatEtLectureDUneRessource() throws Exception {
        byte[] statut = "{\"etat\": \"REUSSI\"}".getBytes(StandardCharsets.UTF_8);

        stockage.ecrire("resultats", "statuts/a b/é.json", statut, StockageS3.JSON);

        assertThat(s3.headObject(b -> b.bucket("resultats").key("statuts/a b/é.json")).contentType())
                .startsWith("application/json");
        try (InputStream in = stockage.lire(URI.create("s3://resultats/statuts/a%20b/%C3%A9.json"))) {
            assertThat(in.readAllBytes()).isEqualTo(statut);
        }
    }

    @Test
    void uneSignatureFausseEstRefusee() {
        StockageS3 intrus = new StockageS3(client(S3PROXY.getAccessKey(), "pas-le-secret"));

        assertThatThrownBy(() -> intrus.ecrire("resultats", "statuts/x.json", new byte[] {'{', '}'}, StockageS3.JSON))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
}
