package fr.simulateursons.cli;

import com.sun.net.httpserver.HttpServer;
import fr.simulateursons.Fixtures;
import fr.simulateursons.api.Api;
import fr.simulateursons.api.ServeurLocal;
import fr.simulateursons.aws.Json;
import fr.simulateursons.aws.MotoServeur;
import fr.simulateursons.aws.local.ConsommateurSqs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deposer} (spec §8) as a vendor's CI runs it: the shaded jar as a process, against the upload API and its
 * pipeline on this machine (the local server over moto_server, as {@code scripts/api-locale.sh} runs them), with an API
 * key. The same stdout, reports and exit codes as {@code simuler}; 4 when the API cannot be used or the wait runs out.
 */
@ExtendWith(MotoServeur.class)
class DeposerIT {

    private static final String CLE = "cle-de-test-de-trente-deux-caracteres";

    @TempDir
    Path dossier;

    private ServeurLocal serveur;
    private Thread pipeline;
    private String file;
    private Map<String, String> env;

    @BeforeEach
    void api() throws Exception {
        MotoServeur.Infrastructure infra = MotoServeur.infrastructure("depots", "resultats");
        env = new HashMap<>(infra.env());
        env.put("API_KEYS", CLE);
        file = infra.file("notifications");
        infra.notifier("depots", file);
        serveur = new ServeurLocal(Api.depuis(env, Fixtures.APRES_LES_EXEMPLES), 0);
    }

    /** The pipeline consuming the input bucket's notifications, as {@code servir --queue-url} does. */
    private void pipeline() {
        pipeline = ConsommateurSqs.depuis(env, Fixtures.APRES_LES_EXEMPLES).demarrer(file, panne -> { });
    }

    @AfterEach
    void fin() {
        if (pipeline != null) {
            pipeline.interrupt();
        }
        serveur.close();
    }

    private ProcessusCli deposer(Map<String, String> environnement, String... args) throws Exception {
        return deposerA("http://127.0.0.1:" + serveur.port() + "/", environnement, args);
    }

    private static ProcessusCli deposerA(String api, Map<String, String> environnement, String... args)
            throws Exception {
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("simulateur.jar", "target/simulateur-sons.jar"), "deposer", "--api", api));
        commande.addAll(List.of(args));
        return ProcessusCli.lancer(commande, environnement);
    }

    private Path fichier(String nom, byte[] contenu) throws Exception {
        return Files.write(dossier.resolve(nom), contenu);
    }

    @Test
    void unFichierValideReussitAvecLaCleDeLEnvironnement() throws Exception {
        pipeline();
        Path f = fichier("a.json", Fixtures.exemple("avance-valide.json"));

        ProcessusCli p = deposer(Map.of(DeposerCommande.VARIABLE_CLE, CLE), "--numero-ans", "SONS-V2-DEMO-DPI",
                "--type-demande", "AVANCE", "--taux-tva", "20", f.toString());

        assertThat(p.code()).as(p.err()).isZero();
        JsonNode statut = Json.MAPPER.readTree(p.out());
        assertThat(statut.get("etat").asString()).isEqualTo("REUSSI");
        assertThat(statut.get("format").asString()).isEqualTo("vague2-2025.1");
    }

    @Test
    void unRejetAuxDemandesTelechargeLeFichierAnnoteEtEcritSesRapports() throws Exception {
        pipeline();
        Path f = fichier("d07.json", Fixtures.octets("demandes/avance-d07.json"));
        Path junit = dossier.resolve("rapport.xml");
        Path github = dossier.resolve("annotations.txt");

        ProcessusCli p = deposer(Map.of(), "--cle-api", CLE, "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande",
                "AVANCE", "--taux-tva", "20", "--rapport", "junit=" + junit, "--rapport", "github=" + github,
                f.toString());

        assertThat(p.code()).as(p.err()).isEqualTo(1);
        JsonNode statut = Json.MAPPER.readTree(p.out());
        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        Path annote = dossier.resolve("d07.sortie.json");
        assertThat(statut.get("sortie").asString()).isEqualTo(annote.toString());
        assertThat(Files.readString(annote)).contains("\"anomalies\"", "\"D07\"", "\"attendu\": \"19753.09\"");
        assertThat(Files.readString(junit)).contains("<failure", "D07");
        // Annotations point at the vendor's own file, not at its key in the input bucket.
        assertThat(Files.readAllLines(github)).singleElement().asString().startsWith("::error file=" + f + ",line=19,");
    }

    @Test
    void desParametresRefusesALaCreationSontUnRejetAuxParametres() throws Exception {
        Path f = fichier("a.json", Fixtures.exemple("avance-valide.json"));
        Path attestation = dossier.resolve("attestation.html");

        ProcessusCli p = deposer(Map.of(DeposerCommande.VARIABLE_CLE, CLE), "--numero-ans", "INCONNU",
                "--type-demande", "AVANCE", "--taux-tva", "20", "--date-depot", "2026-01-15",
                "--rapport", "html=" + attestation, f.toString());

        assertThat(p.code()).as(p.err()).isEqualTo(1);
        JsonNode statut = Json.MAPPER.readTree(p.out());
        assertThat(statut.get("etape").asString()).isEqualTo("PARAMETRES");
        assertThat(statut.get("erreurs").get(0).get("code").asString()).isEqualTo("P04");
        assertThat(statut.get("message").asString())
                .isEqualTo("Le numéro ANS INCONNU ne correspond à aucune solution référencée en vague 2.");
        // Refused before the upload: no byte was judged, so none is certified.
        assertThat(Files.readString(attestation)).contains("non calculée : le fichier n&#39;a pas été lu");
    }

    @Test
    void unVerdictQuiNArrivePasDansLAttenteEstLeCode4() throws Exception {
        Path f = fichier("a.json", Fixtures.exemple("avance-valide.json"));

        ProcessusCli p = deposer(Map.of(DeposerCommande.VARIABLE_CLE, CLE), "--attente", "1", "--numero-ans",
                "SONS-V2-DEMO-DPI", "--type-demande", "AVANCE", "--taux-tva", "20", f.toString());

        assertThat(p.code()).isEqualTo(4);
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).contains("L'attente du verdict a dépassé 1 s");
    }

    @Test
    void uneMauvaiseCleEstLeCode4() throws Exception {
        Path f = fichier("a.json", Fixtures.exemple("avance-valide.json"));

        ProcessusCli p = deposer(Map.of(), "--cle-api", "pas-la-cle", "--numero-ans", "SONS-V2-DEMO-DPI",
                "--type-demande", "AVANCE", "--taux-tva", "20", f.toString());

        assertThat(p.code()).isEqualTo(4);
        assertThat(p.err()).contains("L'API refuse la clé d'API (HTTP 401)");
    }

    @Test
    void uneApiInjoignableEstLeCode4() throws Exception {
        Path f = fichier("a.json", Fixtures.exemple("avance-valide.json"));
        int libre;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            libre = s.getLocalPort();
        }

        ProcessusCli p = deposerA("http://127.0.0.1:" + libre + "/", Map.of(), "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", "AVANCE",
                "--taux-tva", "20", f.toString());

        assertThat(p.code()).isEqualTo(4);
        assertThat(p.err()).contains("ne peut pas être jointe", "connexion refusée");
    }

    /** An API that forgets the simulation it created: the command says so at once, not after its whole wait. */
    @Test
    void uneSimulationQueLApiNeSuitPasEstLeCode4SansAttendre() throws Exception {
        Path f = fichier("a.json", Fixtures.exemple("avance-valide.json"));
        HttpServer oublieuse = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String adresse = "http://127.0.0.1:" + oublieuse.getAddress().getPort() + "/";
        oublieuse.createContext("/", echange -> {
            try (echange) {
                String corps = switch (echange.getRequestMethod()) {
                    case "POST" -> "{\"simulationId\": \"s1\", \"statut\": \"/simulations/s1\", \"depot\": "
                            + "{\"url\": \"" + adresse + "depot\", \"entetes\": {}}}";
                    case "PUT" -> "";
                    default -> "{\"code\": \"SIMULATION_INCONNUE\", \"message\": \"Aucune simulation ne porte cet "
                            + "identifiant.\"}";
                };
                echange.getRequestBody().readAllBytes();
                int statut = switch (echange.getRequestMethod()) {
                    case "POST" -> 201;
                    case "PUT" -> 200;
                    default -> 404;
                };
                byte[] octets = corps.getBytes(StandardCharsets.UTF_8);
                echange.getResponseHeaders().add("content-type", "application/json");
                echange.sendResponseHeaders(statut, octets.length == 0 ? -1 : octets.length);
                echange.getResponseBody().write(octets);
            }
        });
        oublieuse.start();
        try {
            ProcessusCli p = deposerA(adresse, Map.of(), "--attente", "100", "--numero-ans", "SONS-V2-DEMO-DPI",
                    "--type-demande", "AVANCE", "--taux-tva", "20", f.toString());

            assertThat(p.code()).isEqualTo(4);
            assertThat(p.err()).contains("L'API ne suit pas la simulation s1 (HTTP 404) : Aucune simulation ne porte "
                    + "cet identifiant.");
        } finally {
            oublieuse.stop(0);
        }
    }
}
