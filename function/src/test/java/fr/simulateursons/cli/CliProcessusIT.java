package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shaded jar as a user runs it: {@code java -jar function/target/simulateur-sons.jar simuler …}. */
class CliProcessusIT {

    @TempDir
    Path dossier;

    private static ProcessusCli lancer(String... args) throws Exception {
        return ProcessusCli.jar(args);
    }

    private static String[] simuler(String type, String fichier) {
        return new String[] {"simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", type, "--taux-tva", "20",
                fichier};
    }

    /** stdout holds one JSON document and nothing else. */
    private static JsonNode statut(ProcessusCli p) {
        return JsonStrict.MAPPER.readTree(p.out());
    }

    @Test
    void lesExemplesDuDepotPassent() throws Exception {
        for (String type : List.of("avance", "solde")) {
            ProcessusCli p = lancer(simuler(type.toUpperCase(), "../examples/" + type + "-valide.json"));

            assertThat(p.code()).as(type).isZero();
            assertThat(statut(p).get("etat").asString()).isEqualTo("REUSSI");
            assertThat(p.err()).isEmpty();
        }
    }

    @Test
    void lesQuatreCodesDeSortie() throws Exception {
        Path rejete = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));
        Path referentiel = Files.writeString(dossier.resolve("referentiel.json"), "[]");

        ProcessusCli un = lancer(simuler("AVANCE", rejete.toString()));
        ProcessusCli deux = lancer("simuler", "--pas-une-option", rejete.toString());
        ProcessusCli trois = lancer("simuler", "--numero-ans", "X", "--referentiel", referentiel.toString(),
                rejete.toString());

        assertThat(un.code()).isEqualTo(1);
        assertThat(statut(un).get("etape").asString()).isEqualTo("DEMANDES");
        assertThat(dossier.resolve("d07.sortie.json")).exists();
        assertThat(deux.code()).isEqualTo(2);
        assertThat(deux.out()).isEmpty();
        assertThat(trois.code()).isEqualTo(3);
        assertThat(statut(trois).get("erreurs").get(0).get("code").asString()).isEqualTo("R01");
        assertThat(trois.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void uneBoucleDeLiensEstRefuseeEnFrancais() throws Exception {
        Path a = dossier.resolve("a.json");
        Files.createSymbolicLink(a, dossier.resolve("b.json"));
        Files.createSymbolicLink(dossier.resolve("b.json"), a);

        ProcessusCli p = lancer(simuler("AVANCE", a.toString()));

        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).isEqualTo("Le fichier " + a + " ne peut pas être ouvert : boucle de liens symboliques.\n");
    }

    /** Root reads every file: the command runs as nobody (CI runs as root, which may drop to nobody). */
    @Test
    void unFichierIllisibleEstUnAccesRefuse() throws Exception {
        Files.setPosixFilePermissions(dossier, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path ferme = Files.write(dossier.resolve("ferme.json"), Fixtures.exemple("avance-valide.json"));
        Files.setPosixFilePermissions(ferme, PosixFilePermissions.fromString("---------"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("simulateur.jar", "target/simulateur-sons.jar")).toAbsolutePath()
                .toString();

        ProcessusCli p = ProcessusCli.lancer(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                java, "-jar", jar, "simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", "AVANCE",
                "--taux-tva", "20", ferme.toString()), Map.of());

        assertThat(p.code()).as(p.err()).isEqualTo(2);
        assertThat(p.err()).isEqualTo("Le fichier " + ferme + " ne peut pas être ouvert : accès refusé.\n");
    }

    @Test
    void uneSortieStandardQuiNePeutPasEtreEcriteEstLeCodeTrois() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("simulateur.jar", "target/simulateur-sons.jar");

        ProcessusCli p = ProcessusCli.lancer(List.of("sh", "-c", "exec \"$0\" -jar \"$1\" simuler --numero-ans "
                + "SONS-V2-DEMO-DPI --type-demande AVANCE --taux-tva 20 ../examples/avance-valide.json > /dev/full",
                java, jar), Map.of());

        assertThat(p.code()).isEqualTo(3);
        assertThat(p.err()).isEqualTo("La sortie standard ne peut pas être écrite : disque plein.\n");
    }

    @Test
    void unRapportSurLaSortieStandardEstSeulDessus() throws Exception {
        Path rejete = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));

        ProcessusCli p = lancer("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", "AVANCE",
                "--taux-tva", "20", "--rapport", "texte=-", rejete.toString());

        assertThat(p.code()).isEqualTo(1);
        assertThat(p.out().lines()).hasSize(2).last().asString().startsWith(rejete + ":19:23 D07 ")
                .endsWith("(attendu : 19753.09)");
        assertThat(p.err()).isEmpty();
    }

    @Test
    void plusDeSoixanteQuatreKioDeSortieDErreurNeBloquentRien() throws Exception {
        Path archive = Files.createDirectories(dossier.resolve("archive"));
        Path cible = Files.write(dossier.resolve("hors.json"), Fixtures.exemple("avance-valide.json"));
        for (int i = 0; i < 1000; i++) {
            Files.createSymbolicLink(archive.resolve("lien-hors-du-dossier-%04d.json".formatted(i)), cible);
        }

        ProcessusCli p = lancer("simuler-lot", "--run-id", "r1", archive.toString());

        assertThat(p.code()).isZero();
        assertThat(p.err().length()).isGreaterThan(65_536);
        // Each link found is counted and reported as an error of the run, none is followed.
        assertThat(statut(p).get("fichiers").asInt()).isEqualTo(1000);
        assertThat(statut(p).at("/parEtat/ERREUR_INTERNE").asInt()).isEqualTo(1000);
    }
}
