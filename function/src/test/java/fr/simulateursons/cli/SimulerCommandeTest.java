package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static fr.simulateursons.cli.Cli.executer;
import static fr.simulateursons.cli.Cli.simuler;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code simuler}: the inputs it never writes, the files it refuses to read, and {@code --rapport}. */
class SimulerCommandeTest {

    @TempDir
    Path dossier;

    private Path rejetAuxDemandes() throws IOException {
        return Files.write(dossier.resolve("demandes.json"), Fixtures.exemple("avance-rejet-demandes.json"));
    }

    private static void refuse(Cli.Execution e) {
        assertThat(e.code()).as(e.err()).isEqualTo(2);
        assertThat(e.out()).isEmpty();
        assertThat(e.err()).isNotEmpty();
    }

    @Test
    void laSortieNePeutPasEtreLEntree() throws IOException {
        Path f = rejetAuxDemandes();
        Path lien = Files.createSymbolicLink(dossier.resolve("lien.json"), f);
        Path dur = Files.createLink(dossier.resolve("dur.json"), f);
        Files.createSymbolicLink(dossier.resolve("demandes.sortie.json"), f);

        refuse(executer(simuler("--sortie", f.toString(), f.toString())));
        refuse(executer(simuler("--sortie", lien.toString(), f.toString())));
        refuse(executer(simuler("--sortie", dur.toString(), f.toString())));
        refuse(executer(simuler("--sortie", dossier.resolve(".").resolve("demandes.json").toString(), f.toString())));
        refuse(executer(simuler(f.toString())));

        assertThat(f).hasBinaryContent(Fixtures.exemple("avance-rejet-demandes.json"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void unTubeNommeEstRefuseSansAttendre() throws Exception {
        Path fifo = dossier.resolve("tube.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path lien = Files.createSymbolicLink(dossier.resolve("lien.json"), fifo);

        refuse(executer(simuler(fifo.toString())));
        refuse(executer(simuler(lien.toString())));
    }

    @Test
    void chaqueRapportDansSonFichierEtLeStatutSurLaSortieStandard() throws IOException {
        Path f = rejetAuxDemandes();
        Path sarif = dossier.resolve("r.sarif");
        Path junit = dossier.resolve("r.xml");
        Path github = dossier.resolve("r.github");
        Path texte = dossier.resolve("r.txt");
        Path html = dossier.resolve("r.html");

        Cli.Execution e = executer(simuler("--rapport", "sarif=" + sarif, "--rapport", "junit=" + junit,
                "--rapport", "GITHUB=" + github, "--rapport", "texte=" + texte, "--rapport", "html=" + html, f.toString()));

        assertThat(e.code()).isEqualTo(1);
        JsonNode statut = e.statut();
        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        int anomalies = JsonStrict.MAPPER.readTree(dossier.resolve("demandes.sortie.json").toFile()).get("demandes")
                .valueStream().mapToInt(d -> d.path("anomalies").size()).sum();
        assertThat(JsonStrict.MAPPER.readTree(sarif.toFile()).at("/runs/0/results")).hasSize(anomalies);
        assertThat(Files.readString(junit)).contains("<testsuite name=\"" + f + "\"");
        assertThat(Files.readAllLines(github)).hasSize(anomalies).allMatch(l -> l.startsWith("::error file=" + f));
        assertThat(Files.readAllLines(texte)).hasSize(1 + anomalies).first().isEqualTo(statut.get("message").asString());
        assertThat(Files.readString(html)).contains("data-champ=\"simulationId\">" + statut.get("simulationId").asString());
    }

    @Test
    void unRapportSurLaSortieStandardPrendLaPlaceDuStatut() throws IOException {
        Path f = rejetAuxDemandes();

        Cli.Execution e = executer(simuler("--rapport", "sarif=-", f.toString()));

        assertThat(e.code()).isEqualTo(1);
        JsonNode log = JsonStrict.MAPPER.readTree(e.out());
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.has("etat")).isFalse();
        assertThat(e.err()).isEmpty();
    }

    @Test
    void lesRapportsQuiNePeuventPasEtreEcritsLaOuDemandeSontRefusesAvantTout() throws IOException {
        Path f = rejetAuxDemandes();
        Path sortie = dossier.resolve("demandes.sortie.json");

        for (List<String> rapports : List.of(
                List.of("--rapport", "pdf=x.pdf"),
                List.of("--rapport", "sarif"),
                List.of("--rapport", "sarif="),
                List.of("--rapport", "sarif=-", "--rapport", "texte=-"),
                List.of("--rapport", "texte=" + f),
                List.of("--rapport", "texte=" + sortie),
                List.of("--rapport", "texte=" + dossier.resolve("a.txt"), "--rapport", "github=" + dossier.resolve("a.txt")),
                List.of("--rapport", "html=" + dossier.resolve("absent").resolve("a.html")),
                List.of("--rapport", "html=" + dossier))) {
            String[] args = simuler(rapports.toArray(String[]::new));
            String[] avecFichier = java.util.Arrays.copyOf(args, args.length + 1);
            avecFichier[args.length] = f.toString();

            refuse(executer(avecFichier));
        }
        assertThat(sortie).doesNotExist();
        assertThat(f).hasBinaryContent(Fixtures.exemple("avance-rejet-demandes.json"));
    }

    @Test
    void uneSortieQuiEstUnLienGardeSonLienEtRemplaceSaCible() throws IOException {
        Path f = rejetAuxDemandes();
        Path cible = Files.writeString(dossier.resolve("cible.json"), "ancien");
        Path lien = Files.createSymbolicLink(dossier.resolve("sortie.json"), cible.getFileName());

        Cli.Execution e = executer(simuler("--sortie", lien.toString(), f.toString()));

        assertThat(e.code()).as(e.err()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(lien)).isTrue();
        assertThat(Files.readSymbolicLink(lien)).isEqualTo(cible.getFileName());
        assertThat(Files.readString(cible)).contains("\"anomalies\"");
        try (Stream<Path> s = Files.list(dossier)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("demandes.json", "cible.json", "sortie.json");
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void unRapportVersUnTubeNommeYEstEcritTelQuel() throws Exception {
        Path f = Files.write(dossier.resolve("a.json"), Fixtures.exemple("avance-valide.json"));
        Path tube = dossier.resolve("rapport.txt");
        assertThat(new ProcessBuilder("mkfifo", tube.toString()).start().waitFor()).isZero();
        // The reader opens the FIFO as a terminal or a pipe would; a replaced FIFO would leave it waiting for ever.
        CompletableFuture<byte[]> lu = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(tube);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });

        Cli.Execution e = executer(simuler("--rapport", "texte=" + tube, f.toString()));

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(new String(lu.get(), StandardCharsets.UTF_8))
                .startsWith("La simulation de l'import s'est déroulée correctement.");
        assertThat(Files.isRegularFile(tube, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(tube, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
