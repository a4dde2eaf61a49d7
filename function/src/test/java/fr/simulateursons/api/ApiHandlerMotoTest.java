package fr.simulateursons.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.ClientsAws;
import fr.simulateursons.aws.MotoServeur;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API's two Lambda handlers on the API Gateway v2 events of {@code events/}: the authorizer with its keys in a
 * Secrets Manager secret (moto's), and the API function, which dispatches on the route key and requires the
 * authorizer's context.
 */
@ExtendWith(MotoServeur.class)
class ApiHandlerMotoTest {

    static final String CLE = "cle-de-demonstration-assez-longue-pour-etre-sure";

    private ApiHandler handler;
    private SecretsManagerClient secrets;

    @BeforeEach
    void infrastructure() throws Exception {
        MotoServeur.Infrastructure infra = MotoServeur.infrastructure("depots", "resultats");
        Map<String, String> env = new HashMap<>(infra.env());
        handler = new ApiHandler(Api.depuis(env, Fixtures.APRES_LES_EXEMPLES));
        secrets = new ClientsAws(env).secrets();
    }

    private static APIGatewayV2HTTPEvent evenement(String fichier) {
        return EventLoader.loadApiGatewayHttpEvent("../events/" + fichier);
    }

    private static JsonNode json(APIGatewayV2HTTPResponse r) {
        return JsonStrict.MAPPER.readTree(r.getBody());
    }

    private AutoriseurCleApi autoriseur(String cles) {
        try {
            secrets.putSecretValue(b -> b.secretId("simulateur-sons/cles-api").secretString(cles));
        } catch (ResourceNotFoundException premiere) {
            secrets.createSecret(b -> b.name("simulateur-sons/cles-api").secretString(cles));
        }
        return new AutoriseurCleApi(CleApi.depuisSecret(secrets, "simulateur-sons/cles-api"));
    }

    @Test
    void lAutoriseurAccepteUneCleDuSecretEtLeDitDansSonContexte() {
        APIGatewayV2CustomAuthorizerEvent e = EventLoader.loadAPIGatewayV2CustomAuthorizerEvent("../events/autoriseur.json");

        Map<String, Object> acceptee = autoriseur("une-autre-cle-de-plus-de-trente-deux-car, " + CLE).handleRequest(e, null);

        assertThat(acceptee).containsEntry("isAuthorized", true).containsEntry("context", Map.of("cle", "cle-2"));
    }

    @Test
    void lAutoriseurRefuseUneAutreCleOuPasDeCle() {
        AutoriseurCleApi a = autoriseur(CLE);
        APIGatewayV2CustomAuthorizerEvent autre = EventLoader.loadAPIGatewayV2CustomAuthorizerEvent("../events/autoriseur.json");
        autre.setHeaders(Map.of("x-api-key", CLE + "-mais-pas-elle"));
        APIGatewayV2CustomAuthorizerEvent sans = EventLoader.loadAPIGatewayV2CustomAuthorizerEvent("../events/autoriseur.json");
        sans.setHeaders(Map.of());

        assertThat(a.handleRequest(autre, null)).isEqualTo(Map.of("isAuthorized", false));
        assertThat(a.handleRequest(sans, null)).isEqualTo(Map.of("isAuthorized", false));
    }

    @Test
    void uneCleTropCourteDansLeSecretNEstPasUneConfiguration() {
        assertThatThrownBy(() -> autoriseur("courte")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void uneCreationAuCorpsEnBase64EstServie() {
        APIGatewayV2HTTPResponse r = handler.handleRequest(evenement("apigw-creer.json"), null);

        assertThat(r.getStatusCode()).isEqualTo(201);
        JsonNode creation = json(r);
        APIGatewayV2HTTPEvent consulter = evenement("apigw-consulter.json");
        consulter.setPathParameters(Map.of("id", creation.get("simulationId").asString()));
        JsonNode statut = json(handler.handleRequest(consulter, null));
        assertThat(statut.get("etat").asString()).isEqualTo("EN_ATTENTE");
        assertThat(statut.get("simulationId").asString()).isEqualTo(creation.get("simulationId").asString());
    }

    @Test
    void unEvenementQuiNEstPasPasseParLAutoriseurEstRefuse() {
        APIGatewayV2HTTPResponse r = handler.handleRequest(evenement("apigw-sans-autorisation.json"), null);

        assertThat(r.getStatusCode()).isEqualTo(401);
        assertThat(json(r).get("code").asString()).isEqualTo("CLE_API");
    }

    @Test
    void seulesLesRoutesDeclareesSontServiesQuelQueSoitLeChemin() {
        APIGatewayV2HTTPResponse r = handler.handleRequest(evenement("apigw-route-inconnue.json"), null);

        assertThat(r.getStatusCode()).isEqualTo(404);
        assertThat(json(r).get("code").asString()).isEqualTo("ADRESSE_INCONNUE");
    }

    @Test
    void laPageEstPubliqueEtSesEntetesStricts() {
        APIGatewayV2HTTPResponse r = handler.handleRequest(evenement("apigw-page.json"), null);

        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(r.getHeaders().get("content-security-policy")).startsWith("default-src 'self';");
        assertThat(r.getBody()).contains("<form id=\"formulaire\"");
    }

    @Test
    void unCorpsEnBase64DePlusDe64KioEstRefuse() {
        APIGatewayV2HTTPEvent e = evenement("apigw-creer.json");
        e.setBody(Base64.getEncoder().encodeToString(new byte[64 * 1024 + 1]));
        APIGatewayV2HTTPEvent illisible = evenement("apigw-creer.json");
        illisible.setBody("pas du base64 !");

        APIGatewayV2HTTPResponse r = handler.handleRequest(e, null);

        assertThat(r.getStatusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asString()).isEqualTo("CORPS_TROP_GRAND");
        assertThat(json(handler.handleRequest(illisible, null)).get("code").asString()).isEqualTo("CORPS_INVALIDE");
    }
}
