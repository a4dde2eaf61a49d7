package fr.simulateursons.api;

import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.local.ConsommateurSqs;
import fr.simulateursons.aws.MotoServeur;
import fr.simulateursons.outils.GenerateurDemandes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload API's whole flow on moto: create → PUT → pipeline → GET, and its answers to bad requests. */
@ExtendWith(MotoServeur.class)
class ApiMotoTest {

    static final String DEPOTS = "simulateur-sons-depots";
    static final String RESULTATS = "simulateur-sons-resultats";

    static final String CLE_1 = "cle-de-test-numero-1-assez-longue-pour-etre-sure";
    static final String CLE_2 = "cle-de-test-numero-2-assez-longue-pour-etre-sure";

    private RouteurApi api;
    private Map<String, String> env;
    private String file;

    @BeforeEach
    void infrastructure() throws Exception {
        MotoServeur.Infrastructure infra = MotoServeur.infrastructure(DEPOTS, RESULTATS);
        env = infra.env();
        file = infra.file("notifications");
        infra.notifier(DEPOTS, file);
        api = Api.depuis(env, Fixtures.APRES_LES_EXEMPLES);
    }

    private ReponseHttp simulerReponse(byte[] contenu) throws Exception {
        return simulerReponse(contenu, Http.creation("SONS-V2-DEMO-DPI", "AVANCE", "20", contenu.length));
    }

    private ReponseHttp simulerReponse(byte[] contenu, String corps) throws Exception {
        ReponseHttp creation = api.traiter(Http.post("/simulations", corps));
        assertThat(creation.statut()).isEqualTo(201);
        JsonNode c = Http.json(creation);
        String statut = c.get("statut").asString();

        JsonNode avant = Http.json(api.traiter(Http.get(statut)));
        assertThat(avant.get("etat").asString()).isEqualTo("EN_ATTENTE");
        assertThat(avant.get("message").asString()).isEqualTo("Le fichier n'a pas encore été déposé.");
        assertThat(avant.get("simulationId").asString()).isEqualTo(c.get("simulationId").asString());

        assertThat(Http.deposer(c, contenu, Map.of())).isEqualTo(200);
        ConsommateurSqs.depuis(env, Fixtures.APRES_LES_EXEMPLES).vider(file, 1);
        ReponseHttp apres = api.traiter(Http.get(statut));
        assertThat(apres.statut()).isEqualTo(200);
        assertThat(Http.json(apres).get("simulationId").asString()).isEqualTo(c.get("simulationId").asString());
        return apres;
    }

    private JsonNode simuler(byte[] contenu) throws Exception {
        return Http.json(simulerReponse(contenu));
    }

    @Test
    void unFichierDeQuatreMoToutEnAnomalieEstReponduSousUnMioAvecSonTotalEtSonLien() throws Exception {
        byte[] contenu = GenerateurDemandes.avance(4_194_304, true);

        ReponseHttp r = simulerReponse(contenu);

        JsonNode statut = Http.json(r);
        int demandes = statut.get("synthese").get("demandes").asInt();
        System.out.printf("réponse pour %d octets, %d demandes toutes en anomalie : %d octets%n", contenu.length,
                demandes, r.corps().length);
        assertThat(r.corps().length).isLessThanOrEqualTo(1024 * 1024);
        assertThat(statut.get("anomaliesTotal").asInt()).isEqualTo(demandes);
        assertThat(statut.get("anomalies").size()).isLessThan(demandes);
        assertThat(statut.get("fichierDeSortie").asString()).contains("sorties/depots/");
    }

    @Test
    void unFichierValide() throws Exception {
        JsonNode statut = simuler(Fixtures.exemple("avance-valide.json"));

        assertThat(statut.get("etat").asString()).isEqualTo("REUSSI");
        assertThat(statut.get("entree").get("cle").asString()).startsWith("depots/").endsWith(".json");
        assertThat(statut.has("fichierDeSortie")).isFalse();
    }

    @Test
    void unFichierRejeteAuxDemandesDonneSonFichierDeSortieEtSesAnomalies() throws Exception {
        JsonNode statut = simuler(Fixtures.octets("demandes/avance-d07.json"));

        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        assertThat(statut.get("anomalies")).hasSize(1);
        JsonNode a = statut.get("anomalies").get(0);
        // Numbered for people, from 1: demande 1 is /demandes/0.
        assertThat(a.get("demande").asInt()).isOne();
        assertThat(a.get("idDemande").asString()).isEqualTo("DEM-2025-0001");
        assertThat(a.get("code").asString()).isEqualTo("D07");
        assertThat(statut.get("anomaliesTotal").asInt()).isEqualTo(1);
        byte[] sortie = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(statut.get("fichierDeSortie").asString())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(new String(sortie, java.nio.charset.StandardCharsets.UTF_8)).contains("\"anomalies\"");
    }

    @Test
    void laDateDeDepotDuCorpsJugeLeFichierACeJour() throws Exception {
        byte[] d09 = Fixtures.octets("demandes/avance-d09.json");
        String corps = Http.creation("SONS-V2-DEMO-DPI", "AVANCE", "20", d09.length, "2025-12-01");

        JsonNode statut = Http.json(simulerReponse(d09, corps));

        assertThat(statut.at("/parametres/dateDepot").asString()).isEqualTo("2025-12-01T00:00:00+01:00");
        // The third demande is signed on 2025-12-02, in the future on the 1st: the vendor is told the date to write.
        JsonNode a = statut.get("anomalies").get(0);
        assertThat(a.get("demande").asInt()).isEqualTo(3);
        assertThat(a.get("code").asString()).isEqualTo("D09");
        assertThat(a.get("attendu").asString()).isEqualTo("2025-12-01");
    }

    @Test
    void uneDateDeDepotMalEcriteEstRefuseeToutDeSuite() {
        String corps = Http.creation("SONS-V2-DEMO-DPI", "AVANCE", "20", 10, "01/12/2025");

        ReponseHttp r = api.traiter(Http.post("/simulations", corps));

        assertThat(r.statut()).isEqualTo(400);
        assertThat(Http.json(r).get("code").asString()).isEqualTo("P06");
    }

    @Test
    void lAttestationDeSimulationEstOffertePortantLEmpreinteDuFichier() throws Exception {
        byte[] contenu = Fixtures.octets("demandes/avance-d07.json");

        JsonNode statut = simuler(contenu);

        var reponse = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(statut.get("attestation").asString())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String empreinte = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(contenu));
        assertThat(reponse.body()).contains("<html lang=\"fr\"", empreinte, statut.get("simulationId").asString(), "D07");
    }

    @Test
    void unParametreRefuseEstReponduToutDeSuiteAvecLeCodeDeLaSpec() {
        ReponseHttp r = api.traiter(Http.post("/simulations", Http.creation("SONS-V2-INCONNU", "AVANCE", "19.6", 10)));

        assertThat(r.statut()).isEqualTo(400);
        JsonNode e = Http.json(r);
        assertThat(e.get("code").asString()).isEqualTo("P03");
        assertThat(e.get("message").asString()).isEqualTo(
                "Le champ Taux de TVA est obligatoire et doit être l'un des taux : 0, 2.1, 5.5, 8.5, 10, 20.");
        assertThat(e.get("erreurs")).extracting(x -> x.get("code").asString()).containsExactly("P03", "P04");
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "NUL", textBlock = """
            POST   | /simulations          | '{"numeroAns": "SONS-V2-DEMO-DPI", "typeDemande": "AVANCE", "tauxTva": "20", "taille": 4194305}' | 400 | F01
            POST   | /simulations          | '{"numeroAns": "SONS-V2-DEMO-DPI", "typeDemande": "AVANCE", "tauxTva": "20"}'                    | 400 | TAILLE_INVALIDE
            POST   | /simulations          | '{"numeroAns": "SONS-V2-DEMO-DPI", "typeDemande": "AVANCE", "tauxTva": "20", "taille": "12"}'    | 400 | TAILLE_INVALIDE
            POST   | /simulations          | '{"numeroAns": "SONS-V2-DEMO-DPI", "typeDemande": "AVANCE", "tauxTva": "20", "taille": 99999999999999999999999}' | 400 | TAILLE_INVALIDE
            POST   | /simulations          | '{"numeroAns": "SONS-V2-DEMO-DPI", "typeDemande": "AVANCE", "tauxTva": "20", "taille": -1}'      | 400 | TAILLE_INVALIDE
            POST   | /simulations          | '{}'                                                                                            | 400 | P01
            POST   | /simulations          | '{"numeroAns": '                                                                                | 400 | CORPS_INVALIDE
            POST   | /simulations          | '[1, 2]'                                                                                        | 400 | CORPS_INVALIDE
            POST   | /simulations          | NUL                                                                                             | 400 | CORPS_INVALIDE
            GET    | /simulations          | NUL                                                                                             | 405 | METHODE_NON_PERMISE
            DELETE | /simulations/00000000-0000-4000-8000-000000000000 | NUL                                                 | 405 | METHODE_NON_PERMISE
            GET    | /simulations/00000000-0000-4000-8000-000000000000 | NUL                                                 | 404 | SIMULATION_INCONNUE
            GET    | /simulations/../statuts | NUL                                                                                           | 404 | ADRESSE_INCONNUE
            GET    | /simulations/pas-un-id | NUL                                                                                            | 404 | SIMULATION_INCONNUE
            GET    | /autre                | NUL                                                                                             | 404 | ADRESSE_INCONNUE
            PUT    | /                     | NUL                                                                                             | 405 | METHODE_NON_PERMISE
            """)
    void lesMauvaisesRequetesOntUneReponseJsonClaire(String methode, String chemin, String corps, int statut,
                                                      String code) {
        ReponseHttp r = api.traiter(new RequeteHttp(methode, chemin, Map.of(), corps));

        assertThat(r.statut()).isEqualTo(statut);
        assertThat(r.entetes().get("content-type")).startsWith("application/json");
        JsonNode e = Http.json(r);
        assertThat(e.get("code").asString()).isEqualTo(code);
        assertThat(e.get("message").asString()).isNotBlank();
    }

    @Test
    void unCorpsDePlusDe64KioEstRefuseSansEtreLu() {
        String corps = "{\"numeroAns\": \"" + "A".repeat(64 * 1024) + "\"}";

        ReponseHttp r = api.traiter(Http.post("/simulations", corps));

        assertThat(r.statut()).isEqualTo(413);
        assertThat(Http.json(r).get("code").asString()).isEqualTo("CORPS_TROP_GRAND");
    }

    @Test
    void laPageEstServieAvecUnePolitiqueDeSecuriteStricte() {
        String csp = api.traiter(Http.get("/")).entetes().get("content-security-policy");

        assertThat(csp).startsWith("default-src 'self';").contains("frame-ancestors 'none'")
                .contains("connect-src 'self' " + env.get("AWS_ENDPOINT_URL"))
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(api.traiter(Http.get("/app.js")).entetes()).containsEntry("referrer-policy", "no-referrer")
                .containsKey("content-security-policy");
        assertThat(api.traiter(Http.get("/index.html")).texte()).doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    void uneCleDeMoinsDe32CaracteresNEstPasUneConfiguration() {
        env.put("API_KEYS", "courte");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Api.depuis(env, Fixtures.APRES_LES_EXEMPLES))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void laPageEstServieALaRacine() {
        ReponseHttp page = api.traiter(Http.get("/"));
        ReponseHttp script = api.traiter(Http.get("/app.js"));

        assertThat(page.statut()).isEqualTo(200);
        assertThat(page.entetes().get("content-type")).startsWith("text/html");
        assertThat(page.texte()).contains("<label for=\"numeroAns\">Numéro ANS *</label>");
        assertThat(script.entetes().get("content-type")).startsWith("text/javascript");
    }

    @Test
    void avecDesClesDApiLesRoutesLesExigent() {
        env.put("API_KEYS", CLE_1 + ", " + CLE_2);
        RouteurApi protegee = Api.depuis(env, Fixtures.APRES_LES_EXEMPLES);
        String corps = Http.creation("SONS-V2-DEMO-DPI", "AVANCE", "20", 10);

        ReponseHttp sans = protegee.traiter(Http.post("/simulations", corps));
        ReponseHttp mauvaise = protegee.traiter(new RequeteHttp("POST", "/simulations", Map.of("X-Api-Key", CLE_1 + "x"), corps));
        ReponseHttp bonne = protegee.traiter(new RequeteHttp("POST", "/simulations", Map.of("X-Api-Key", CLE_2), corps));

        assertThat(sans.statut()).isEqualTo(401);
        assertThat(Http.json(sans).get("code").asString()).isEqualTo("CLE_API");
        assertThat(mauvaise.statut()).isEqualTo(401);
        assertThat(bonne.statut()).isEqualTo(201);
        assertThat(protegee.traiter(Http.get("/")).statut()).isEqualTo(200);
    }

    @Test
    void lesIdentifiantsSontAleatoires() {
        String corps = Http.creation("SONS-V2-DEMO-DPI", "AVANCE", "20", 10);
        String a = Http.json(api.traiter(Http.post("/simulations", corps))).get("simulationId").asString();
        String b = Http.json(api.traiter(Http.post("/simulations", corps))).get("simulationId").asString();

        assertThat(a).isNotEqualTo(b);
        assertThat(java.util.UUID.fromString(a).version()).isEqualTo(4);
    }
}
