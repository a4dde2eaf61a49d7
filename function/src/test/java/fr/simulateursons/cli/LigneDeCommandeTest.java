package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.simulateursons.cli.Cli.executer;
import static fr.simulateursons.cli.Cli.simuler;
import static org.assertj.core.api.Assertions.assertThat;

/** How a command line is read: what is refused (exit 2, our French words, the usage), and help. */
class LigneDeCommandeTest {

    @TempDir
    Path dossier;

    @Test
    void uneOptionLongueNEstJamaisPriseParSonDebut() throws IOException {
        Path f = Files.write(dossier.resolve("d.json"), Fixtures.octets("demandes/avance-d07.json"));

        Cli.Execution e = executer(simuler("--sort", dossier.resolve("x.json").toString(), f.toString()));

        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).startsWith("Ligne de commande invalide : option inconnue : --sort")
                .contains("Usage : simulateur-sons simuler [OPTIONS] FICHIER");
        assertThat(dossier.resolve("x.json")).doesNotExist();
        assertThat(dossier.resolve("d.sortie.json")).doesNotExist();
    }

    @Test
    void lesRefusDisentCeQuiManque() {
        assertThat(executer("simuler", "--numero-ans").err()).contains("l'option --numero-ans attend une valeur");
        assertThat(executer(simuler()).err()).contains("FICHIER manquant");
        assertThat(executer(simuler("a.json", "b.json")).err()).contains("un seul FICHIER attendu");
        assertThat(executer("format-sons", "modele").err()).contains("option obligatoire absente : --type-demande");
        assertThat(executer("consommer-sqs", "--queue-url", "u", "--attente", "deux").err())
                .contains("--attente attend un nombre entier");
        assertThat(executer("servir", "en-trop").err()).contains("opérande inattendu : en-trop");
        assertThat(executer("autre").err()).contains("commande inconnue : autre");
        assertThat(executer(simuler("--rapport", "pdf=x", "f.json")).err()).contains("attendu FORMAT=F");
        for (String[] args : List.of(new String[] {"simuler", "--numero-ans"}, simuler(), new String[] {"autre"},
                new String[] {"format-sons", "modele"}, new String[] {"servir", "en-trop"})) {
            Cli.Execution e = executer(args);
            assertThat(e.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(e.out()).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void laideVaSurLaSortieStandardMemeSansLesOptionsObligatoires() {
        Cli.Execution modele = executer("format-sons", "modele", "--help");
        Cli.Execution cli = executer("--help");

        assertThat(modele.code()).isZero();
        assertThat(modele.out()).contains("Usage : simulateur-sons format-sons modele [OPTIONS] [DOSSIER]", "--type-demande");
        assertThat(cli.code()).isZero();
        assertThat(cli.out()).contains("simuler-lot", "format-sons");
        assertThat(executer("--version").out()).startsWith("simulateur-sons ");
    }
}
