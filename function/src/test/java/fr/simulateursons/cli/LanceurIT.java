package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/simulateur-sons}, the launcher the README gives: the jar's verdicts, exit codes and output, on the
 * newest JDK present or the one it is told, with a class cache made once beside the jar.
 */
class LanceurIT {

    private static final Path LANCEUR = Path.of("..", "bin", "simulateur-sons");
    private static final List<String> EXEMPLES = List.of("avance-valide.json", "avance-rejet-demandes.json",
            "avance-rejet-format.json", "avance-rejet-syntaxe.json", "solde-valide.json");

    @TempDir
    Path dossier;

    private static List<String> simuler(Path fichier, Path sortie) {
        String type = fichier.getFileName().toString().startsWith("solde") ? "SOLDE" : "AVANCE";
        // A date de dépôt of its own: without one, each run's status would say its own moment.
        return List.of("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", type, "--taux-tva", "20",
                "--date-depot", "2026-01-15", "--sortie", sortie.toString(), fichier.toString());
    }

    /** The status but what differs from one run to the next. */
    private static ObjectNode stable(ProcessusCli p) {
        ObjectNode s = (ObjectNode) JsonStrict.MAPPER.readTree(p.out());
        s.remove(List.of("simulationId", "debut", "fin", "sortie"));
        return s;
    }

    private static ProcessusCli lanceur(List<String> args, Map<String, String> environnement) throws Exception {
        List<String> commande = new ArrayList<>(List.of(LANCEUR.toString()));
        commande.addAll(args);
        return ProcessusCli.lancer(commande, environnement);
    }

    @Test
    void leLanceurDonneLeVerdictDuJar() throws Exception {
        for (String exemple : EXEMPLES) {
            Path f = Path.of("..", "examples", exemple);

            ProcessusCli jar = ProcessusCli.jar(simuler(f, dossier.resolve("jar.json")).toArray(String[]::new));
            ProcessusCli lance = lanceur(simuler(f, dossier.resolve("lanceur.json")), Map.of());

            assertThat(lance.code()).as(exemple).isEqualTo(jar.code());
            assertThat(stable(lance)).as(exemple).isEqualTo(stable(jar));
            assertThat(lance.err()).as(exemple).isEqualTo(jar.err()).isEmpty();
            if (Files.exists(dossier.resolve("jar.json"))) {
                assertThat(dossier.resolve("lanceur.json")).as(exemple).hasSameBinaryContentAs(dossier.resolve("jar.json"));
            }
        }
    }

    @Test
    void leCacheDuJdkChoisiEstFaitUneFoisPuisServi() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = Path.of(System.getProperty("simulateur.jar", "target/simulateur-sons.jar"));
        Map<String, String> env = Map.of("SIMULATEUR_SONS_JAVA", java.toString());
        List<String> args = simuler(Path.of("..", "examples", "avance-valide.json"), dossier.resolve("s.json"));

        ProcessusCli premier = lanceur(args, env);
        Path cache;
        try (var s = Files.list(jar.getParent())) {
            cache = s.filter(p -> p.getFileName().toString().matches(
                    "simulateur-sons-" + System.getProperty("java.version").replace(".", "\\.") + "\\.(aot|jsa)"))
                    .findFirst().orElseThrow();
        }
        FileTime fait = Files.getLastModifiedTime(cache);
        ProcessusCli second = lanceur(args, env);

        assertThat(premier.code()).isZero();
        assertThat(second.code()).isZero();
        assertThat(stable(second)).isEqualTo(stable(premier));
        assertThat(second.err()).isEmpty();
        assertThat(Files.getLastModifiedTime(cache)).isEqualTo(fait);
        assertThat(Files.getLastModifiedTime(cache)).isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
    }

    @Test
    void unLotDeFichiersAuDelaDuSeuilTourneDansLesNiveauxParDefautDeLaJvm() throws Exception {
        Path lot = Files.createDirectories(dossier.resolve("lot"));
        for (String f : List.of("a.json", "b.json")) {
            Files.copy(Path.of("..", "examples", "avance-valide.json"), lot.resolve(f));
        }
        Files.createDirectories(lot.resolve("sous"));
        Files.copy(Path.of("..", "examples", "avance-valide.json"), lot.resolve("sous/C.JSON"));
        // The JVM prints the flags it was given; --help stops the command before it reads the lot.
        List<String> args = List.of("simuler-lot", "--sortie", dossier.resolve("runs").toString(), "--run-id", "r",
                "--help", lot.toString());

        ProcessusCli sous = lanceur(args, Map.of("JDK_JAVA_OPTIONS", "-XX:+PrintCommandLineFlags",
                "SIMULATEUR_SONS_SEUIL_C2", "4"));
        ProcessusCli au = lanceur(args, Map.of("JDK_JAVA_OPTIONS", "-XX:+PrintCommandLineFlags",
                "SIMULATEUR_SONS_SEUIL_C2", "3"));
        ProcessusCli force = lanceur(args, Map.of("JDK_JAVA_OPTIONS", "-XX:+PrintCommandLineFlags",
                "SIMULATEUR_SONS_SEUIL_C2", "3", "SIMULATEUR_SONS_C1", "oui"));

        assertThat(sous.code()).isZero();
        assertThat(sous.out()).contains("-XX:TieredStopAtLevel=1");
        assertThat(au.code()).isZero();
        assertThat(au.out()).doesNotContain("TieredStopAtLevel");
        assertThat(force.out()).contains("-XX:TieredStopAtLevel=1");
    }

    /** The launcher asks the shell whether stdout is a terminal: stdin may be a file, as in {@code … < /dev/null}. */
    @Test
    void unTerminalSurLaSortieSuffitPourLeRapportTexte() throws Exception {
        Path d07 = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));
        String commande = LANCEUR + " " + String.join(" ", simuler(d07, dossier.resolve("s.json"))) + " < /dev/null";

        ProcessusCli terminal = ProcessusCli.lancer(List.of("script", "-qec", commande, "/dev/null"), Map.of());
        ProcessusCli tube = lanceur(simuler(d07, dossier.resolve("t.json")), Map.of());

        assertThat(terminal.out()).contains("Une ou plusieurs erreurs ont été retournées", ":19:23 D07 ")
                .doesNotContain("\"etat\"");
        assertThat(JsonStrict.MAPPER.readTree(tube.out()).get("etat").asString()).isEqualTo("REJETE");
    }
}
