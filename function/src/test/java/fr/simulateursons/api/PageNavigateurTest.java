package fr.simulateursons.api;

import fr.simulateursons.Chromium;
import fr.simulateursons.Fixtures;
import fr.simulateursons.aws.local.ConsommateurSqs;
import fr.simulateursons.aws.MotoServeur;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in a real headless Chromium, against the local server, moto and the pipeline: a person fills the
 * portal's form and reads the verdict. Screenshots go to {@code target/captures/}. Without Debian's chromium
 * and chromium-driver the test is skipped locally and fails in CI ({@code .ci/run} installs them).
 */
@ExtendWith(MotoServeur.class)
class PageNavigateurTest {

    private static final Path CAPTURES = Chromium.CAPTURES;

    private ServeurLocal serveur;
    private RouteurApi api;
    private Thread pipeline;
    private WebDriver navigateur;

    @BeforeEach
    void tout() throws Exception {
        navigateur = Chromium.demarrer(1366, 900);
        MotoServeur.Infrastructure infra = MotoServeur.infrastructure("depots", "resultats");
        Map<String, String> env = infra.env();
        S3Client s3 = infra.s3();
        String file = infra.file("notifications");
        infra.notifier("depots", file);

        api = Api.depuis(env, Fixtures.APRES_LES_EXEMPLES);
        serveur = new ServeurLocal(api, 0);
        String origine = "http://127.0.0.1:" + serveur.port();
        // The browser PUTs straight to the bucket: S3 must let the page's origin do so.
        s3.putBucketCors(b -> b.bucket("depots").corsConfiguration(c -> c.corsRules(r -> r.allowedOrigins(origine)
                .allowedMethods("PUT").allowedHeaders("*").exposeHeaders("ETag"))));
        pipeline = ConsommateurSqs.depuis(env, Fixtures.APRES_LES_EXEMPLES).demarrer(file, panne -> { });

        navigateur.get(origine + "/");
    }

    @AfterEach
    void fin() {
        if (navigateur != null) {
            navigateur.quit();
        }
        if (pipeline != null) {
            pipeline.interrupt();
        }
        if (serveur != null) {
            serveur.close();
        }
    }

    private String etat() {
        return navigateur.findElement(By.cssSelector("#resultat .etat")).getText();
    }

    private void remplir(String type, String fichier) {
        navigateur.findElement(By.id("numeroAns")).sendKeys("SONS-V2-DEMO-DPI");
        new Select(navigateur.findElement(By.id("typeDemande"))).selectByValue(type);
        new Select(navigateur.findElement(By.id("tauxTva"))).selectByVisibleText("20 %");
        navigateur.findElement(By.id("fichier")).sendKeys(Path.of(fichier).toAbsolutePath().normalize().toString());
        navigateur.findElement(By.id("simuler")).click();
    }

    private String verdict(String capture) throws Exception {
        WebElement resultat = new WebDriverWait(navigateur, Duration.ofSeconds(60)).until(d -> {
            WebElement r = d.findElement(By.id("resultat"));
            return r.isDisplayed() && d.findElement(By.id("simuler")).isEnabled() ? r : null;
        });
        File png = ((TakesScreenshot) navigateur).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), CAPTURES.resolve(capture), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return resultat.findElement(By.id("message")).getText();
    }

    private List<String> lignes(String tableau) {
        return navigateur.findElements(By.cssSelector("#" + tableau + " tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void unFichierValide() throws Exception {
        remplir("AVANCE", "../examples/avance-valide.json");

        assertThat(verdict("page-reussi.png")).isEqualTo("La simulation de l'import s'est déroulée correctement. "
                + "Cependant, des contrôles supplémentaires seront réalisés lors du dépôt de votre/vos demande(s) de "
                + "financement.");
        assertThat(navigateur.findElement(By.id("anomalies")).isDisplayed()).isFalse();
    }

    @Test
    void unFichierAvecDesDemandesEnAnomalie() throws Exception {
        remplir("AVANCE", "../examples/avance-rejet-demandes.json");

        assertThat(verdict("page-rejet-demandes.png")).isEqualTo("Une ou plusieurs erreurs ont été retournées lors "
                + "de la simulation de l'import. Veuillez corriger votre fichier en suivant les erreurs du fichier de retour.");
        // The TVA and the TTC that follows it are both wrong: D07 and D08 at once (the D08 judged against the TVA D07 computes).
        assertThat(lignes("anomalies")).hasSize(4).anySatisfy(l -> assertThat(l).contains("D07", "DEM-2025-0001"))
                .anySatisfy(l -> assertThat(l).startsWith("1 DEM-2025-0001 D08"));
        assertThat(navigateur.findElement(By.id("lien-sortie")).getText()).isEqualTo("Télécharger le fichier de sortie");
        assertThat(navigateur.findElement(By.id("lien-attestation")).getText())
                .isEqualTo("Ouvrir l'attestation de simulation");
    }

    @Test
    void laDateDeDepotChoisieJugeLeFichierACeJour() throws Exception {
        // Typing into a date input depends on the browser's locale; the value is what the form sends.
        ((JavascriptExecutor) navigateur).executeScript("document.getElementById('dateDepot').value = '2025-12-01'");

        remplir("AVANCE", Fixtures.MODULE.resolve("src/test/resources/fixtures/demandes/avance-d09.json").toString());

        verdict("page-date-depot.png");
        // The third demande is signed on 2025-12-02, in the future on the 1st: the page gives the date to write.
        assertThat(lignes("anomalies")).singleElement().satisfies(l -> assertThat(l).startsWith("3 ")
                .contains("D09", "2025-12-02").endsWith("2025-12-01"));
    }

    @Test
    void unFichierAuFormatNonConforme() throws Exception {
        remplir("AVANCE", "../examples/avance-rejet-format.json");

        verdict("page-rejet-format.png");
        assertThat(lignes("erreurs")).anySatisfy(l -> assertThat(l).contains("S02", "La balise extra n'est pas attendue."));
    }

    @Test
    void uneErreurDeSyntaxeMontreSaLigneEtSaColonne(@TempDir Path dossier) throws Exception {
        Path casse = dossier.resolve("casse.json");
        Files.writeString(casse, "{\n  \"siret\": ,\n}\n");

        remplir("AVANCE", casse.toString());

        assertThat(verdict("page-rejet-fichier.png")).startsWith("Le fichier choisi ne peut pas être importé.");
        List<WebElement> cellules = navigateur.findElements(By.cssSelector("#erreurs tbody tr td"));
        assertThat(cellules).extracting(WebElement::getText).startsWith("F02").contains("2");
        assertThat(navigateur.findElements(By.cssSelector("#erreurs thead th"))).extracting(WebElement::getText)
                .containsExactly("Code", "Libellé", "Chemin", "Ligne", "Colonne", "Attendu");
    }

    /** API Gateway refuses a bad key itself, with {"message": "Forbidden"}: the page says so in French. */
    @Test
    void unRefusDeLaPasserelleEstExpliqueEnFrancais() throws Exception {
        com.sun.net.httpserver.HttpServer passerelle = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        passerelle.createContext("/", echange -> {
            try (echange) {
                ReponseHttp r = echange.getRequestMethod().equals("POST")
                        ? new ReponseHttp(403, Map.of("content-type", "application/json"),
                                "{\"message\":\"Forbidden\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        : api.traiter(new RequeteHttp("GET", echange.getRequestURI().getPath(), Map.of(), null));
                r.entetes().forEach((nom, valeur) -> echange.getResponseHeaders().add(nom, valeur));
                echange.sendResponseHeaders(r.statut(), r.corps().length);
                echange.getResponseBody().write(r.corps());
            }
        });
        passerelle.start();
        try {
            navigateur.get("http://127.0.0.1:" + passerelle.getAddress().getPort() + "/");
            remplir("AVANCE", "../examples/avance-valide.json");

            assertThat(verdict("page-refus-passerelle.png")).isEqualTo("La clé d'API n'est pas acceptée.");
            assertThat(etat()).isEqualTo("Erreur HTTP 403");
        } finally {
            passerelle.stop(0);
        }
    }
}
