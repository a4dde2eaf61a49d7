package fr.simulateursons.aws.depot;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.MotoServeur;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date de dépôt on the S3 pipeline, on moto: given by the upload's {@code date-depot} metadata or tag, it chooses
 * the pack in force in a catalogue that {@code FORMAT_SONS_URI} names (its packs are the prefix's "subdirectories");
 * written wrongly it is P06; without it, the simulation's own instant.
 */
@ExtendWith(MotoServeur.class)
class DateDepotMotoTest {

    private static final String DEPOTS = "simulateur-sons-depots";
    private static final String RESULTATS = "simulateur-sons-resultats";
    private static final String CLE = "exemples/avance-valide.json";
    private static final Map<String, String> SOLDE = Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "SOLDE",
            "taux-tva", "20");

    private MotoServeur.Infrastructure infra;
    private Map<String, String> env;

    @BeforeEach
    void catalogueSurS3() throws IOException {
        infra = MotoServeur.infrastructure(DEPOTS, RESULTATS);
        env = new HashMap<>(infra.env());
        env.put("FORMAT_SONS_URI", infra.publier(RESULTATS, "ressources/format-sons/catalogue/",
                Path.of("../examples/format-sons-mss")));
    }

    private JsonNode deposer(Map<String, String> metadonnees, Map<String, String> tags) {
        infra.deposer(DEPOTS, CLE, Fixtures.exemple("solde-valide.json"), metadonnees, tags);
        assertThat(SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES)
                .handleRequest(EventLoader.loadSQSEvent("../events/sqs-s3-put.json"), null).getBatchItemFailures())
                .isEmpty();
        return JsonStrict.MAPPER.readTree(infra.s3().getObjectAsBytes(b -> b.bucket(RESULTATS).key("statuts/" + CLE))
                .asByteArray());
    }

    private static Map<String, String> avec(Map<String, String> parametres, String dateDepot) {
        Map<String, String> m = new HashMap<>(parametres);
        m.put("date-depot", dateDepot);
        return m;
    }

    @Test
    void laMetadonneeChoisitLePackEnVigueurAvantLeChangement() {
        JsonNode statut = deposer(avec(SOLDE, "2026-04-01T13:59"), Map.of());

        assertThat(statut.get("etat").asString()).isEqualTo("REUSSI");
        assertThat(statut.get("format").asString()).isEqualTo("vague2-sans-mss");
        assertThat(statut.at("/parametres/dateDepot").asString()).isEqualTo("2026-04-01T13:59:00+02:00");
    }

    @Test
    void leTagChoisitLePackEnVigueurApresLeChangement() {
        JsonNode statut = deposer(SOLDE, Map.of("date-depot", "2026-04-01T14:00"));

        assertThat(statut.get("format").asString()).isEqualTo("vague2-mss");
        assertThat(statut.at("/erreurs/0/code").asString()).isEqualTo("S01");
        assertThat(statut.at("/erreurs/0/libelle").asString())
                .isEqualTo("La balise indicateurDeploiementMSS est manquante.");
    }

    @Test
    void sansDateDeDepotCEstLInstantDeLaSimulation() {
        JsonNode statut = deposer(SOLDE, Map.of());

        assertThat(statut.get("format").asString()).isEqualTo("vague2-mss");
        assertThat(statut.at("/parametres/dateDepot").asString()).isEqualTo("2026-11-26T11:00:00+01:00");
    }

    @Test
    void uneDateMalEcriteEstP06() {
        JsonNode statut = deposer(avec(SOLDE, "01/04/2026"), Map.of());

        assertThat(statut.get("etat").asString()).isEqualTo("REJETE");
        assertThat(statut.get("erreurs")).extracting(e -> e.get("code").asString()).containsExactly("P06");
    }

    @Test
    void metadonneeEtTagEnDesaccordSontP05() {
        JsonNode statut = deposer(avec(SOLDE, "2026-04-01"), Map.of("date-depot", "2026-04-02"));

        assertThat(statut.get("erreurs")).extracting(e -> e.get("code").asString()).containsExactly("P05");
    }

    /** Looked at by one listing per simulation: an object replaced under the prefix takes effect at the next upload. */
    @Test
    void unPackRemplaceSurS3VautDesLeDepotSuivant() {
        String cle = "ressources/format-sons/catalogue/mss/format.json";
        String manifeste = infra.s3().getObjectAsBytes(b -> b.bucket(RESULTATS).key(cle)).asUtf8String();

        String avant = livrer("01").get("format").asString();
        infra.s3().putObject(b -> b.bucket(RESULTATS).key(cle),
                RequestBody.fromString(manifeste.replace("\"vague2-mss\"", "\"vague2-mss-bis\"")));
        String apres = livrer("02").get("format").asString();

        assertThat(avant).isEqualTo("vague2-mss");
        assertThat(apres).isEqualTo("vague2-mss-bis");
    }

    /** A new version of the upload, delivered with its own sequencer; its final status. */
    private JsonNode livrer(String sequenceur) {
        PutObjectResponse v = infra.deposer(DEPOTS, CLE, Fixtures.exemple("solde-valide.json"), SOLDE, Map.of());
        assertThat(SqsHandler.depuis(env, Fixtures.APRES_LES_EXEMPLES).handleRequest(Livraisons.message(
                Livraisons.notification(DEPOTS, CLE, v.versionId(), v.eTag().replace("\"", ""), 10, sequenceur), 1),
                null).getBatchItemFailures()).isEmpty();
        return JsonStrict.MAPPER.readTree(infra.s3().getObjectAsBytes(b -> b.bucket(RESULTATS).key("statuts/" + CLE))
                .asByteArray());
    }
}
