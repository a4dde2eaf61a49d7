package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static fr.simulateursons.cli.Cli.executer;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code simuler-lot}: what it reads (the directory's own files, through no link out of it), where it writes, reports. */
class SimulerLotCommandeTest {

    @TempDir
    Path racine;

    private Path archive;
    private Path ailleurs;

    @BeforeEach
    void archive() throws IOException {
        archive = Files.createDirectories(racine.resolve("archive"));
        ailleurs = Files.createDirectories(racine.resolve("ailleurs"));
        Files.write(archive.resolve("a.json"), Fixtures.exemple("avance-valide.json"));
        Files.write(Files.createDirectories(archive.resolve("sous")).resolve("b.json"),
                Fixtures.exemple("avance-rejet-demandes.json"));
        Files.writeString(archive.resolve("parametres.json"),
                "{\"defaut\": {\"numero-ans\": \"SONS-V2-DEMO-DPI\", \"type-demande\": \"AVANCE\", \"taux-tva\": \"20\"}}");
    }

    private static Cli.Execution lot(String... args) {
        return executer(Stream.concat(Stream.of("simuler-lot"), Stream.of(args)).toArray(String[]::new));
    }

    private List<String> statuts(Path sortie, String runId) throws IOException {
        Path statuts = sortie.resolve(runId).resolve("statuts");
        try (Stream<Path> s = Files.walk(statuts)) {
            return s.filter(Files::isRegularFile).map(p -> statuts.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void unLienHorsDuDossierNEstPasSuivi() throws IOException {
        Path secret = Files.write(ailleurs.resolve("secret.json"), Fixtures.exemple("avance-valide.json"));
        Files.createSymbolicLink(archive.resolve("fuite.json"), secret);
        Files.createSymbolicLink(archive.resolve("copie.json"), archive.resolve("a.json"));

        Cli.Execution e = lot("--run-id", "r1", archive.toString());

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(statuts(archive.resolve("revalidations"), "r1")).containsExactly("a.json", "copie.json", "sous/b.json");
        assertThat(e.err()).contains("fuite.json");
        assertThat(JsonStrict.MAPPER.readTree(e.out()).get("fichiers").asInt()).isEqualTo(3);
    }

    @Test
    void lesParametresNeSontPasSimulesSousUnAutreNom() throws IOException {
        Files.createLink(archive.resolve("dur.json"), archive.resolve("parametres.json"));
        Files.createSymbolicLink(archive.resolve("sous/lien.json"), archive.resolve("parametres.json"));
        Files.createSymbolicLink(archive.resolve("casse.json"), archive.resolve("absent.json"));

        Cli.Execution e = lot("--run-id", "r1", archive.toString());

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(statuts(archive.resolve("revalidations"), "r1")).containsExactly("a.json", "sous/b.json");
    }

    @Test
    void unIdentifiantDeRunNeSortPasDuDossierDeSortie() throws IOException {
        Path sortie = racine.resolve("sortie");

        for (String id : List.of("../../x", "..", ".cache", "a/b", "dernier.json", "", "x".repeat(101))) {
            Cli.Execution e = lot("--sortie", sortie.toString(), "--run-id", id, archive.toString());

            assertThat(e.code()).as(id).isEqualTo(2);
            assertThat(e.out()).isEmpty();
        }
        assertThat(sortie).doesNotExist();
        try (Stream<Path> s = Files.list(racine)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("archive", "ailleurs");
        }
    }

    @Test
    void unDossierDonneParUnLienEstCeluiQuIlDesigne() throws IOException {
        Path lien = Files.createSymbolicLink(racine.resolve("lien"), archive);
        Path sortie = racine.resolve("sortie");

        Cli.Execution e = lot("--sortie", sortie.toString(), "--run-id", "r1", lien.toString());

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(statuts(sortie, "r1")).containsExactly("a.json", "sous/b.json");
        assertThat(JsonStrict.MAPPER.readTree(e.out()).get("fichiers").asInt()).isEqualTo(2);
    }

    @Test
    void laSortieParDefautDansUnDossierLienNEstPasResimulee() throws IOException {
        Path lien = Files.createSymbolicLink(racine.resolve("lien"), archive);

        assertThat(lot("--run-id", "r1", lien.toString()).code()).isZero();
        Cli.Execution second = lot("--run-id", "r2", lien.toString());

        assertThat(second.code()).isZero();
        assertThat(statuts(archive.resolve("revalidations"), "r2")).containsExactly("a.json", "sous/b.json");
    }

    @Test
    void unRapportJunitDuLotAUneSuiteParFichier() throws Exception {
        Path junit = racine.resolve("lot.xml");

        Cli.Execution e = lot("--run-id", "r1", "--rapport", "junit=" + junit, archive.toString());

        assertThat(e.code()).isZero();
        assertThat(JsonStrict.MAPPER.readTree(e.out()).get("runId").asString()).isEqualTo("r1");
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        assertThat(d.getDocumentElement().getAttribute("failures")).isNotEqualTo("0");
    }

    @Test
    void unRapportSarifDuLotSurLaSortieStandardAUnArtefactParFichier() {
        Cli.Execution e = lot("--run-id", "r1", "--rapport", "sarif=-", archive.toString());

        assertThat(e.code()).isZero();
        JsonNode artefacts = JsonStrict.MAPPER.readTree(e.out()).at("/runs/0/artifacts");
        assertThat(artefacts).extracting(a -> a.at("/location/uri").asString()).hasSize(2)
                .allMatch(u -> u.startsWith("file:///") && (u.endsWith("/archive/a.json") || u.endsWith("/archive/sous/b.json")));
    }

    @Test
    void unRapportNeRemplacePasUneEntreeDuLot() throws IOException {
        Cli.Execution e = lot("--run-id", "r1", "--rapport", "texte=" + archive.resolve("a.json"), archive.toString());

        assertThat(e.code()).isEqualTo(2);
        assertThat(archive.resolve("a.json")).hasBinaryContent(Fixtures.exemple("avance-valide.json"));
        assertThat(archive.resolve("revalidations")).doesNotExist();
    }

    @Test
    void lesFichiersSimulesEnParalleleSontRapportesDansLOrdreEtCommeUnAUn() throws Exception {
        List<String> exemples = List.of("avance-valide.json", "avance-rejet-demandes.json", "avance-rejet-format.json",
                "avance-rejet-syntaxe.json");
        Path grand = Files.createDirectories(racine.resolve("grand"));
        for (int i = 0; i < 60; i++) {
            // Names out of the walk's order of creation, and every verdict mixed among them.
            Files.write(grand.resolve(String.format("f%02d.json", (i * 37) % 60)), Fixtures.exemple(exemples.get(i % 4)));
        }
        Files.copy(archive.resolve("parametres.json"), grand.resolve("parametres.json"));
        Path junit = racine.resolve("grand.xml");

        Cli.Execution e = lot("--run-id", "r1", "--rapport", "junit=" + junit, grand.toString());

        assertThat(e.code()).as(e.err()).isZero();
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        List<String> suites = new ArrayList<>();
        for (int i = 0; i < d.getElementsByTagName("testsuite").getLength(); i++) {
            suites.add(Path.of(((Element) d.getElementsByTagName("testsuite").item(i)).getAttribute("name"))
                    .getFileName().toString());
        }
        assertThat(suites).hasSize(60).isSorted();
        for (int i = 0; i < 60; i++) {
            String nom = String.format("f%02d.json", i);
            JsonNode seul = executer(Cli.simuler("--sortie", racine.resolve("seul.json").toString(),
                    grand.resolve(nom).toString())).statut();
            JsonNode verdict = JsonStrict.MAPPER.readTree(grand.resolve("revalidations/r1/verdicts/" + nom + ".json").toFile());
            assertThat(verdict.get("etat").asString()).as(nom).isEqualTo(seul.get("etat").asString());
            assertThat(verdict.get("etape").asString()).as(nom).isEqualTo(seul.get("etape").asString());
        }
    }
}
