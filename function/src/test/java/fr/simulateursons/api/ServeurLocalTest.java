package fr.simulateursons.api;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code servir}'s server over real HTTP on loopback: whatever a client sends, the answer is the API's JSON — a body
 * too large is 413 before it is read, any address that is no route is 404 — never a reset or an HTML page.
 */
class ServeurLocalTest {

    private static final String CLE = "cle-de-test-du-serveur-local-assez-longue";
    private static final int VINGT_MO = 20 * 1024 * 1024;

    private ServeurLocal serveur;

    @BeforeEach
    void demarrer() throws IOException {
        // S3 at a loopback port where nothing listens: no route tested here reaches it.
        int ferme;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ferme = s.getLocalPort();
        }
        serveur = new ServeurLocal(Api.depuis(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:" + ferme,
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "AWS_REGION", "eu-west-3",
                "RESULTS_BUCKET", "resultats", "DEPOTS_BUCKET", "depots", "API_KEYS", CLE), Fixtures.APRES_LES_EXEMPLES), 0);
    }

    @AfterEach
    void arreter() {
        serveur.close();
    }

    /** An answer as read off the socket: status, headers (names in lower case), body. */
    private record Reponse(int statut, Map<String, String> entetes, byte[] corps) {
        JsonNode json() {
            return JsonStrict.MAPPER.readTree(corps);
        }
    }

    /** The head and body of one answer, by its Content-Length. */
    private static Reponse lire(InputStream in) throws IOException {
        ByteArrayOutputStream tete = new ByteArrayOutputStream();
        while (!tete.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            assertThat(c).as("réponse coupée : " + tete).isNotNegative();
            tete.write(c);
        }
        String[] lignes = tete.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> entetes = new java.util.HashMap<>();
        for (int i = 1; i < lignes.length; i++) {
            int deuxPoints = lignes[i].indexOf(':');
            entetes.put(lignes[i].substring(0, deuxPoints).strip().toLowerCase(Locale.ROOT),
                    lignes[i].substring(deuxPoints + 1).strip());
        }
        int longueur = Integer.parseInt(entetes.getOrDefault("content-length", "0"));
        return new Reponse(Integer.parseInt(lignes[0].split(" ")[1]), entetes, in.readNBytes(longueur));
    }

    private Reponse envoyerBrut(String requete) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), serveur.port())) {
            s.getOutputStream().write(requete.getBytes(StandardCharsets.ISO_8859_1));
            return lire(s.getInputStream());
        }
    }

    private static void estUneErreurJson(Reponse r, int statut, String code) {
        assertThat(r.statut()).isEqualTo(statut);
        assertThat(r.entetes().get("content-type")).startsWith("application/json");
        assertThat(r.json().get("code").asString()).isEqualTo(code);
        assertThat(r.json().get("message").asString()).isNotBlank();
    }

    @Test
    void unCorpsDe20MoAnnonceEstRefuse413AvantQuIlSoitEnvoye() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), serveur.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /simulations HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + CLE
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + VINGT_MO + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[1024 * 1024]);
            out.flush();

            // The answer comes while 19 Mo of the body are still to be sent.
            estUneErreurJson(lire(s.getInputStream()), 413, "CORPS_TROP_GRAND");
        }
    }

    /** A POST to /simulations with the key, its body to be streamed. */
    private HttpURLConnection poster() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + serveur.port() + "/simulations")
                .toURL().openConnection();
        c.setRequestMethod("POST");
        c.setRequestProperty("x-api-key", CLE);
        c.setRequestProperty("Content-Type", "application/json");
        c.setDoOutput(true);
        return c;
    }

    private static String codeDErreur(HttpURLConnection c) throws IOException {
        assertThat(c.getContentType()).startsWith("application/json");
        try (InputStream erreur = c.getErrorStream()) {
            return JsonStrict.MAPPER.readTree(erreur.readAllBytes()).get("code").asString();
        }
    }

    @Test
    void unClientQuiEnvoieTout20MoAvantDeLireRecoitLe413PasUneConnexionCoupee() throws IOException {
        HttpURLConnection c = poster();
        c.setFixedLengthStreamingMode(VINGT_MO);
        try (OutputStream out = c.getOutputStream()) {
            byte[] bloc = new byte[64 * 1024];
            for (int envoye = 0; envoye < VINGT_MO; envoye += bloc.length) {
                out.write(bloc);
            }
        }

        assertThat(c.getResponseCode()).isEqualTo(413);
        assertThat(codeDErreur(c)).isEqualTo("CORPS_TROP_GRAND");
    }

    @Test
    void unCorpsSansLongueurAnnonceeEstRefuseDesQuIlDepasse64Kio() throws IOException {
        HttpURLConnection c = poster();
        c.setChunkedStreamingMode(8 * 1024);
        try (OutputStream out = c.getOutputStream()) {
            out.write(new byte[2 * 1024 * 1024]);
        }

        assertThat(c.getResponseCode()).isEqualTo(413);
        assertThat(codeDErreur(c)).isEqualTo("CORPS_TROP_GRAND");
    }

    /** Request targets as sent on the wire, none a route; the JDK's server answered several in HTML. */
    @ParameterizedTest
    @ValueSource(strings = {"//simulations", "/simulations/", "//", "/simulations//x", "/a%2F..%2Fb", "/simulations/./x",
            "/simulations%2F00000000-0000-4000-8000-000000000000", "/autre", "/simulations/a/b", "/index.html/"})
    void touteAdresseInconnueEstLe404JsonDeLApi(String cible) throws IOException {
        Reponse r = envoyerBrut("GET " + cible + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + CLE
                + "\r\nConnection: close\r\n\r\n");

        estUneErreurJson(r, 404, "ADRESSE_INCONNUE");
    }

    @Test
    void uneAdresseInconnueEst404MemeSansCle() throws IOException {
        estUneErreurJson(envoyerBrut("GET /simulations/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                404, "ADRESSE_INCONNUE");
    }

    /** A target that is no URI (a bad percent-encoding), a header that is none: JSON too, never the server's page. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nen tete sans deux points\r\n\r\n"})
    void uneRequeteQueLeServeurNePeutLireEstRefuseeEnJson(String requete) throws IOException {
        estUneErreurJson(envoyerBrut(requete), 400, "REQUETE_ILLISIBLE");
    }

    @Test
    void laPageEtLesRoutesRestentServies() throws IOException {
        Reponse page = envoyerBrut("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Reponse sansCle = envoyerBrut("GET /simulations/00000000-0000-4000-8000-000000000000 HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");

        HttpURLConnection tete = (HttpURLConnection) URI.create("http://127.0.0.1:" + serveur.port() + "/app.js").toURL()
                .openConnection();
        tete.setRequestMethod("HEAD");

        assertThat(tete.getResponseCode()).isEqualTo(200);
        assertThat(tete.getContentLengthLong()).isPositive();
        try (InputStream in = tete.getInputStream()) {
            assertThat(in.readAllBytes()).isEmpty();
        }
        assertThat(page.statut()).isEqualTo(200);
        assertThat(page.entetes().get("content-type")).startsWith("text/html");
        assertThat(new String(page.corps(), StandardCharsets.UTF_8)).contains("<html");
        estUneErreurJson(sansCle, 401, "CLE_API");
    }
}
