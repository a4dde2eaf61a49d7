package fr.simulateursons;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No main source of either module is over 300 lines: a class that grows past it is doing more than one job. */
class TailleDesSourcesTest {

    private static final int LIGNES_MAX = 300;

    @Test
    void aucunSourcePrincipalNeDepasseTroisCentsLignes() throws IOException {
        List<String> tropLongs;
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("../moteur/src/main/java")))) {
            tropLongs = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lignes(p) > LIGNES_MAX)
                    .map(p -> p + " (" + lignes(p) + " lignes)")
                    .toList();
        }

        assertThat(tropLongs).isEmpty();
    }

    private static long lignes(Path p) {
        try (Stream<String> l = Files.lines(p)) {
            return l.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
