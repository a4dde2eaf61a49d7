package fr.simulateursons.moteur.revalidation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code simuler-lot --conserver N}: which runs a local store keeps. */
class ElagageTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    @TempDir
    Path racine;

    private Runs runs;

    private void run(String id, int jour, Boolean complet) {
        Run r = runs.ouvrir(id, "", T0.plusSeconds(86_400L * jour), 0, 1);
        if (complet != null) {
            runs.conclure(r, T0.plusSeconds(86_400L * jour + 60), complet, List.of());
        }
    }

    private List<String> restants() throws IOException {
        try (Stream<Path> s = Files.list(racine)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void garderLesNDerniersRunsCompletsEtLaReferenceEtCeQuiEstPlusRecent() throws IOException {
        runs = Runs.dansDossier(racine);
        run("vieux-incomplet", 0, false);
        run("j1", 1, true);
        run("j2", 2, true);
        run("j3", 3, true);
        run("j4-echoue", 4, null);
        run("j5", 5, true);
        run("j6-en-cours", 6, null);
        // Launched first, concluded last: the reference, though older than every run kept.
        run("reference", -1, true);
        Files.createDirectories(racine.resolve("pas-un-run"));

        List<String> supprimes = Runs.elaguer(racine, 2);

        assertThat(supprimes).containsExactlyInAnyOrder("vieux-incomplet", "j1", "j2");
        assertThat(restants()).containsExactly("dernier.json", "j3", "j4-echoue", "j5", "j6-en-cours", "pas-un-run",
                "reference");
        assertThat(runs.ouvrir("suivant", "", T0.plusSeconds(86_400L * 7), 0, 1).precedent()).isEqualTo("reference");
    }

    @Test
    void moinsDeNRunsCompletsNeSupprimeRienEtZeroEstRefuse() throws IOException {
        runs = Runs.dansDossier(racine);
        run("j1", 1, false);
        run("j2", 2, true);

        assertThat(Runs.elaguer(racine, 1)).containsExactly("j1");
        assertThat(Runs.elaguer(racine, 3)).isEmpty();
        assertThat(restants()).containsExactly("dernier.json", "j2");
        assertThatThrownBy(() -> Runs.elaguer(racine, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uneSuppressionInterrompueEstAcheveeAuProchainElagage() throws IOException {
        runs = Runs.dansDossier(racine);
        run("j1", 1, true);
        Files.createDirectories(racine.resolve(".elague-j0/sous"));
        Files.writeString(racine.resolve(".elague-j0/sous/rapport.json"), "{}");

        Runs.elaguer(racine, 1);

        assertThat(restants()).containsExactly("dernier.json", "j1");
    }
}
