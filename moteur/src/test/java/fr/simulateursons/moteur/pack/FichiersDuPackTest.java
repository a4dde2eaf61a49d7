package fr.simulateursons.moteur.pack;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A pack's files are regular files inside the pack's real directory, read with a bound (issue 24): a schema that is a
 * link to a FIFO in the pack, to a device, to a file of the system or to a schema outside the pack is refused with its reason in
 * French, as R01 format SONS, without being opened — the same for a replaced resource. The timeouts only keep a
 * regression (a FIFO opened for ever) from hanging the build.
 */
class FichiersDuPackTest {

    private static final Duration GARDE_FOU = Duration.ofSeconds(60);

    @TempDir
    Path dossier;

    private Path pack() throws IOException {
        Path pack = dossier.resolve("pack");
        Fixtures.copie(Fixtures.MODULE.resolve("src/main/resources/format-sons/vague2"), pack);
        return pack;
    }

    private static Resultat simuler(Moteur.Builder b) {
        return assertTimeoutPreemptively(GARDE_FOU, () -> b.horloge(Fixtures.APRES_LES_EXEMPLES).build()
                .simuler(Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20")));
    }

    private static Path fifo(Path f) throws Exception {
        assertThat(new ProcessBuilder("mkfifo", f.toString()).start().waitFor()).isZero();
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fifo          | ce n'est pas un fichier ordinaire
            /dev/zero     | hors du pack
            /etc/passwd   | hors du pack
            dehors        | hors du pack
            """)
    void unSchemaQuiMeneAilleursEstRefuseSansEtreOuvert(String cible, String raison) throws Exception {
        Path pack = pack();
        Path schema = pack.resolve("avance.schema.json");
        Path vers = switch (cible) {
            case "fifo" -> fifo(pack.resolve("tube.json"));
            case "dehors" -> Files.copy(schema, dossier.resolve("dehors.schema.json"));
            default -> Path.of(cible);
        };
        Files.delete(schema);
        Files.createSymbolicLink(schema, vers);

        Resultat r = simuler(Moteur.builder().formatSons(pack));

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(Code.R01);
            assertThat(e.valeurs()).containsExactly("format SONS");
            assertThat(e.detail()).contains("avance.schema.json", raison);
        });
    }

    @Test
    void unReferentielQuiEstUnTubeEstRefuseSansEtreOuvert() throws Exception {
        Path tube = fifo(dossier.resolve("referentiel.json"));

        Resultat r = simuler(Moteur.builder().referentiel(tube));

        assertThat(r.erreurs()).extracting(Erreur::code, Erreur::detail).containsExactly(
                tuple(Code.R01,
                        "Le fichier ne peut pas être lu : ce n'est pas un fichier ordinaire (tube nommé)."));
    }

    @Test
    void unGrosFichierEstRefuseAuDelaDeLaBorne() throws Exception {
        Path pack = pack();
        Path gros = pack.resolve("exemples/avance.json");
        try (var sortie = Files.newOutputStream(gros)) {
            sortie.write(new byte[SourcePack.TAILLE_MAX + 1]);
        }

        Resultat r = simuler(Moteur.builder().formatSons(pack));

        assertThat(r.erreurs()).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("exemples/avance.json", "le fichier dépasse 32 Mio"));
    }
}
