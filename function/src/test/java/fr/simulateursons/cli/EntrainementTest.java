package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's training workload: every command over the examples comes to a verdict, each example simulated with
 * its type de demande, in the directory it is given.
 */
class EntrainementTest {

    private static final Path EXEMPLES = Fixtures.MODULE.resolve("../examples");

    @TempDir
    Path dossier;

    @Test
    void lesExemplesDonnentChacunUnVerdict() throws Exception {
        assertThat(Entrainement.entrainer(EXEMPLES, dossier)).isTrue();

        try (var s = Files.list(dossier.resolve("lot"))) {
            long exemples;
            try (var e = Files.list(EXEMPLES)) {
                exemples = e.filter(f -> f.toString().endsWith(".json")).count();
            }
            assertThat(s.count()).isEqualTo(exemples * Entrainement.COPIES);
        }
        assertThat(dossier.resolve("lot.sarif")).isNotEmptyFile();
        try (var journaux = Files.walk(dossier.resolve("runs"))) {
            Path journal = journaux.filter(f -> f.getFileName().toString().equals("verdicts.jsonl")).findFirst().orElseThrow();
            var valides = Files.readAllLines(journal).stream().map(JsonStrict.MAPPER::readTree)
                    .filter(l -> l.get("cle").asString().contains("-valide.json")).toList();
            assertThat(valides).hasSize(2 * Entrainement.COPIES)
                    .allSatisfy(l -> assertThat(l.at("/apres/etat").asString())
                            .as("chaque exemple valide simulé avec son type : %s", l).isEqualTo("REUSSI"));
        }
        var format = SourcesDeRessources.defaut().charger().format().packs().get(0);
        assertThat(format.demandes().lire(JsonStrict.MAPPER.readTree(dossier.resolve("grand.json").toFile())).size())
                .isGreaterThanOrEqualTo(Entrainement.DEMANDES_DU_GRAND);
    }

    @Test
    void sansExempleIlNYAPasDEntrainement() throws Exception {
        Path vide = Files.createDirectory(dossier.resolve("vide"));

        assertThat(Entrainement.entrainer(vide, Files.createDirectory(dossier.resolve("travail")))).isFalse();
    }

    @Test
    void unExempleQuiNePeutEtreLuEchoueLEntrainement() throws Exception {
        Path exemples = Files.createDirectory(dossier.resolve("exemples"));
        Files.write(exemples.resolve("avance-valide.json"), Fixtures.exemple("avance-valide.json"));
        Files.createDirectory(exemples.resolve("illisible.json"));

        assertThat(Entrainement.entrainer(exemples, Files.createDirectory(dossier.resolve("travail")))).isFalse();
    }
}
