package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The run's journal: each file's line, by key, in the order written. */
    static Map<String, JsonNode> journal(Path sortie, String runId) throws IOException {
        Map<String, JsonNode> lignes = new LinkedHashMap<>();
        for (String l : Files.readAllLines(sortie.resolve(runId).resolve("verdicts.jsonl"))) {
            JsonNode ligne = JsonStrict.MAPPER.readTree(l);
            lignes.put(ligne.get("cle").asString(), ligne);
        }
        return lignes;
    }

    private static List<String> cles(Path sortie, String runId) throws IOException {
        return List.copyOf(journal(sortie, runId).keySet());
    }

    private static String etat(Path sortie, String runId, String cle) throws IOException {
        return journal(sortie, runId).get(cle).at("/apres/etat").asString();
    }

    @Test
    void aUnTerminalChaqueVerdictPuisCeQuiAChange() throws IOException {
        assertThat(lot("--run-id", "r1", archive.toString()).code()).isZero();
        Files.write(archive.resolve("a.json"), Fixtures.octets("demandes/avance-d07.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Main.executer(new String[] {"simuler-lot", "--run-id", "r2", archive.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Fixtures.APRES_LES_EXEMPLES, true);

        assertThat(code).isZero();
        String texte = out.toString(StandardCharsets.UTF_8);
        assertThat(texte).contains(archive.resolve("a.json") + " : Une ou plusieurs erreurs",
                archive.resolve("a.json") + ":19:23 D07 ", archive.resolve("sous/b.json") + " : ")
                .endsWith("Run r2 : 2 fichiers (0 REUSSI, 2 REJETE, 0 ERREUR_INTERNE), comparés à r1.\n"
                        + "Changements de verdict (1) :\n  a.json : REUSSI → REJETE/DEMANDES [D07]\n")
                .doesNotContain("\"runId\"");
    }

    @Test
    void lesRunsParDefautNeSontPasSimulesQuandUnRunEcritAilleurs() throws IOException {
        assertThat(lot("--run-id", "r1", archive.toString()).code()).isZero();

        Cli.Execution e = lot("--run-id", "r2", "--sortie", ailleurs.toString(), "--debug", archive.toString());

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(cles(ailleurs, "r2")).containsExactly("a.json", "sous/b.json");
        assertThat(e.err()).contains("revalidations est celui des runs par défaut : non parcouru.");
    }

    @Test
    void unLienHorsDuDossierNEstPasSuivi() throws IOException {
        Path secret = Files.write(ailleurs.resolve("secret.json"), Fixtures.exemple("avance-valide.json"));
        Files.createSymbolicLink(archive.resolve("fuite.json"), secret);
        Files.createSymbolicLink(archive.resolve("copie.json"), archive.resolve("a.json"));

        Cli.Execution e = lot("--run-id", "r1", archive.toString());

        assertThat(e.code()).as(e.err()).isZero();
        Path sortie = archive.resolve("revalidations");
        assertThat(cles(sortie, "r1")).containsExactly("a.json", "copie.json", "fuite.json", "sous/b.json");
        assertThat(etat(sortie, "r1", "copie.json")).isEqualTo("REUSSI");
        // Found, so counted and reported, but never read: its line says why.
        assertThat(etat(sortie, "r1", "fuite.json")).isEqualTo("ERREUR_INTERNE");
        assertThat(journal(sortie, "r1").get("fuite.json").get("raison").asString()).contains("hors du dossier");
        assertThat(e.err()).contains("fuite.json");
        assertThat(JsonStrict.MAPPER.readTree(e.out()).get("fichiers").asInt()).isEqualTo(4);
    }

    @Test
    void lesParametresNeSontPasSimulesSousUnAutreNom() throws IOException {
        Files.createLink(archive.resolve("dur.json"), archive.resolve("parametres.json"));
        Files.createSymbolicLink(archive.resolve("sous/lien.json"), archive.resolve("parametres.json"));
        Files.createSymbolicLink(archive.resolve("casse.json"), archive.resolve("absent.json"));

        Cli.Execution e = lot("--run-id", "r1", archive.toString());

        assertThat(e.code()).as(e.err()).isZero();
        Path sortie = archive.resolve("revalidations");
        assertThat(cles(sortie, "r1")).containsExactly("a.json", "casse.json", "sous/b.json");
        assertThat(journal(sortie, "r1").get("casse.json").get("raison").asString())
                .isEqualTo("le lien mène à un fichier qui n'existe pas");
        assertThat(e.err()).contains("dur.json", "lien.json", "casse.json");
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
        assertThat(cles(sortie, "r1")).containsExactly("a.json", "sous/b.json");
        assertThat(JsonStrict.MAPPER.readTree(e.out()).get("fichiers").asInt()).isEqualTo(2);
    }

    @Test
    void laSortieParDefautDansUnDossierLienNEstPasResimulee() throws IOException {
        Path lien = Files.createSymbolicLink(racine.resolve("lien"), archive);

        assertThat(lot("--run-id", "r1", lien.toString()).code()).isZero();
        Cli.Execution second = lot("--run-id", "r2", lien.toString());

        assertThat(second.code()).isZero();
        assertThat(cles(archive.resolve("revalidations"), "r2")).containsExactly("a.json", "sous/b.json");
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
        Map<String, JsonNode> journal = journal(grand.resolve("revalidations"), "r1");
        assertThat(List.copyOf(journal.keySet())).hasSize(60).isSorted();
        List<String> nonReussis = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String nom = String.format("f%02d.json", i);
            JsonNode seul = executer(Cli.simuler("--sortie", racine.resolve("seul.json").toString(),
                    grand.resolve(nom).toString())).statut();
            JsonNode verdict = journal.get(nom).get("apres");
            assertThat(verdict.get("etat").asString()).as(nom).isEqualTo(seul.get("etat").asString());
            assertThat(verdict.get("etape").asString()).as(nom).isEqualTo(seul.get("etape").asString());
            if (!seul.get("etat").asString().equals("REUSSI")) {
                nonReussis.add(nom);
            }
        }
        // The statuses kept are those of the files that are not REUSSI, in key order, each as simuler gives it.
        List<String> statuts = Files.readAllLines(grand.resolve("revalidations/r1/statuts.jsonl"));
        assertThat(statuts).extracting(l -> JsonStrict.MAPPER.readTree(l).at("/entree/cle").asString())
                .containsExactlyElementsOf(nonReussis);
    }

    @Test
    @Timeout(60)
    void ceQuiNEstPasUnFichierOrdinaireEstSonErreurInterneAvecSaRaisonSansEtreOuvert() throws Exception {
        // A FIFO that the run would wait on for ever if it opened it, as it would on /dev/zero for ever reading.
        assertThat(new ProcessBuilder("mkfifo", archive.resolve("tube.json").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(archive.resolve("zero.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(archive.resolve("boucle.json"), archive.resolve("boucle2.json"));
        Files.createSymbolicLink(archive.resolve("boucle2.json"), archive.resolve("boucle.json"));
        Files.createSymbolicLink(archive.resolve("vers-dossier.json"), archive.resolve("sous"));
        Files.write(Files.createDirectories(archive.resolve("dossier.json")).resolve("c.json"),
                Fixtures.exemple("avance-valide.json"));

        Cli.Execution e = lot("--run-id", "r1", archive.toString());

        assertThat(e.code()).as(e.err()).isZero();
        JsonNode rapport = JsonStrict.MAPPER.readTree(e.out());
        Map<String, String> raisons = new LinkedHashMap<>();
        rapport.get("erreursInternes").forEach(x -> raisons.put(x.get("cle").asString(), x.get("raison").asString()));
        assertThat(raisons).containsOnlyKeys("boucle.json", "boucle2.json", "dossier.json", "tube.json",
                "vers-dossier.json", "zero.json");
        assertThat(raisons.get("tube.json")).contains("ce n'est pas un fichier ordinaire (tube nommé)");
        assertThat(raisons.get("boucle.json")).isEqualTo("boucle de liens symboliques");
        assertThat(raisons.get("zero.json")).contains("hors du dossier");
        assertThat(raisons.get("dossier.json")).contains("c'est un dossier");
        assertThat(raisons.get("vers-dossier.json")).contains("c'est un dossier");
        // Every entry found is counted and in the journal; what a directory named *.json holds is still simulated.
        assertThat(rapport.get("attendus").asInt()).isEqualTo(9);
        assertThat(rapport.get("fichiers").asInt()).isEqualTo(9);
        assertThat(rapport.at("/parEtat/ERREUR_INTERNE").asInt()).isEqualTo(6);
        assertThat(etat(archive.resolve("revalidations"), "r1", "dossier.json/c.json")).isEqualTo("REUSSI");
        assertThat(e.err()).contains("tube.json", "zero.json", "boucle.json", "boucle2.json", "vers-dossier.json",
                "dossier.json");
        assertThat(Files.readAllLines(archive.resolve("revalidations/r1/statuts.jsonl")))
                .extracting(l -> JsonStrict.MAPPER.readTree(l).get("etat").asString()).contains("ERREUR_INTERNE");
    }

    /**
     * A clock that deletes a file when it is read the second time: the run reads it once to name itself, then once
     * as each file's simulation starts, before that file is read. Reading it is serialised, so the file is gone
     * before any file is read, whatever the threads do.
     */
    private static final class HorlogeQuiSupprime extends Clock {
        private final Path victime;
        private int lectures;

        HorlogeQuiSupprime(Path victime) {
            this.victime = victime;
        }

        @Override
        public synchronized Instant instant() {
            if (++lectures == 2) {
                try {
                    Files.delete(victime);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Fixtures.APRES_LES_EXEMPLES.instant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void unFichierQuiDisparaitPendantLeRunEstSonErreurInterneEtLeRunVaAuBout() throws IOException {
        Path victime = Files.write(archive.resolve("disparait.json"), Fixtures.exemple("avance-valide.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.executer(new String[] {"simuler-lot", "--run-id", "r1", archive.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new HorlogeQuiSupprime(victime));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode rapport = JsonStrict.MAPPER.readTree(out.toByteArray());
        assertThat(rapport.get("attendus").asInt()).isEqualTo(3);
        assertThat(rapport.get("fichiers").asInt()).isEqualTo(3);
        assertThat(rapport.at("/erreursInternes/0/cle").asString()).isEqualTo("disparait.json");
        assertThat(rapport.at("/erreursInternes/0/raison").asString()).isEqualTo("le fichier a disparu pendant le run");
        assertThat(archive.resolve("revalidations/r1/rapport.json")).exists();
        assertThat(etat(archive.resolve("revalidations"), "r1", "a.json")).isEqualTo("REUSSI");
    }

    @Test
    void unRunOccupeAuPlusUnKioDeDisqueParFichierArchive() throws Exception {
        // An archive as a vendor keeps it: mostly files that pass, some rejected at each stage.
        Path grand = Files.createDirectories(racine.resolve("grand"));
        List<String> exemples = List.of("avance-valide.json", "avance-valide.json", "avance-valide.json",
                "avance-valide.json", "avance-valide.json", "avance-valide.json", "avance-valide.json",
                "avance-rejet-demandes.json", "avance-rejet-format.json", "avance-rejet-syntaxe.json");
        int n = 300;
        for (int i = 0; i < n; i++) {
            Files.write(Files.createDirectories(grand.resolve("d" + i % 7)).resolve(String.format("demande-%04d.json", i)),
                    Fixtures.exemple(exemples.get(i % exemples.size())));
        }
        Files.copy(archive.resolve("parametres.json"), grand.resolve("parametres.json"));

        Cli.Execution e = lot("--run-id", "r1", grand.toString());

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(JsonStrict.MAPPER.readTree(e.out()).at("/parEtat/REJETE").asInt()).isEqualTo(90);
        Process du = new ProcessBuilder("du", "-sk", grand.resolve("revalidations/r1").toString()).start();
        long kio = Long.parseLong(new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\\s")[0]);
        assertThat(du.waitFor()).isZero();
        assertThat(kio).as("Kio sur le disque pour %d fichiers", n).isLessThanOrEqualTo(n);
    }

    @Test
    void deuxRunsDuMemeLotEcriventLesMemesOctetsQuoiQueFassentLesFils() throws IOException {
        List<String> exemples = List.of("avance-valide.json", "avance-rejet-demandes.json", "avance-rejet-format.json",
                "avance-rejet-syntaxe.json", "solde-valide.json");
        for (int i = 0; i < 40; i++) {
            Files.write(archive.resolve(String.format("m%02d.json", (i * 17) % 40)), Fixtures.exemple(exemples.get(i % 5)));
        }
        Path une = racine.resolve("une");
        Path autre = racine.resolve("autre");

        assertThat(lot("--run-id", "r1", "--sortie", une.toString(), archive.toString()).code()).isZero();
        assertThat(lot("--run-id", "r1", "--sortie", autre.toString(), archive.toString()).code()).isZero();

        for (String f : List.of("manifeste.json", "verdicts.jsonl", "statuts.jsonl", "rapport.json", "rapport.csv")) {
            assertThat(une.resolve("r1").resolve(f)).as(f).hasSameBinaryContentAs(autre.resolve("r1").resolve(f));
        }
        try (Stream<Path> s = Files.list(une.resolve("r1"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("manifeste.json",
                    "verdicts.jsonl", "statuts.jsonl", "rapport.json", "rapport.csv");
        }
    }

    @Test
    void conserverGardeLesNDerniersRunsCompletsEtLeSecondRunCompareAuPremier() throws IOException {
        Path sortie = racine.resolve("runs");
        for (String id : List.of("r1", "r2", "r3")) {
            Cli.Execution e = lot("--run-id", id, "--sortie", sortie.toString(), "--conserver", "2", archive.toString());
            assertThat(e.code()).as(e.err()).isZero();
            assertThat(JsonStrict.MAPPER.readTree(e.out()).get("reference").asString())
                    .isEqualTo(id.equals("r1") ? "simulations d'origine" : "r" + (id.charAt(1) - '1'));
        }

        try (Stream<Path> s = Files.list(sortie)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dernier.json", "r2", "r3");
        }
        Cli.Execution zero = lot("--run-id", "r4", "--sortie", sortie.toString(), "--conserver", "0", archive.toString());
        assertThat(zero.code()).isEqualTo(2);
        assertThat(sortie.resolve("r4")).doesNotExist();
    }
}
