package fr.simulateursons.moteur.revalidation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local store of runs: a file appears whole or not at all, and a failed write leaves the earlier one. */
class MagasinFichiersTest {

    @TempDir
    Path racine;

    private long fichiers() throws IOException {
        try (Stream<Path> s = Files.walk(racine)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void uneEcritureRemplaceLeFichierEntierSansLaisserDeTemporaire() throws IOException {
        MagasinFichiers m = new MagasinFichiers(racine);

        m.ecrire("r/rapport.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json");
        m.ecrire("r/rapport.json", "{\"a\":2}".getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(racine.resolve("r/rapport.json")).hasContent("{\"a\":2}");
        assertThat(m.lire("r/rapport.json")).isPresent();
        assertThat(m.lire("r/absent.json")).isEmpty();
        assertThat(fichiers()).isEqualTo(1);
    }

    @Test
    void uneEcritureQuiEchoueLaisseLAncienContenuEtAucunTemporaire() throws IOException {
        MagasinFichiers m = new MagasinFichiers(racine);
        // What stands at the place cannot be replaced by a file: a directory that is not empty.
        Files.createDirectories(racine.resolve("r/verdicts.jsonl/occupe"));
        Files.writeString(racine.resolve("r/verdicts.jsonl/occupe/x"), "ancien");

        assertThatThrownBy(() -> m.ecrire("r/verdicts.jsonl", new byte[10], "application/jsonl"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(racine.resolve("r/verdicts.jsonl/occupe/x")).hasContent("ancien");
        assertThat(fichiers()).isEqualTo(1);
    }
}
