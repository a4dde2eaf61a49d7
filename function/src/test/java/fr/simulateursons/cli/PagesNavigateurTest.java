package fr.simulateursons.cli;

import fr.simulateursons.Chromium;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static fr.simulateursons.cli.Cli.executer;
import static fr.simulateursons.cli.Cli.simuler;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the CLI writes, opened in a real headless Chromium as a vendor opens them: the attestation that
 * {@code simuler --rapport html=F} writes, what it shows compared with the status printed by the same run, and the
 * technical documentation of a pack ({@code format-sons documentation}). Screenshots (and PDF prints) go to
 * {@code target/captures/attestation-*} and {@code documentation-*}. Without Debian's chromium and chromium-driver the test is skipped
 * locally and fails in CI.
 */
class PagesNavigateurTest {

    private static final Path CAPTURES = Chromium.CAPTURES;

    @TempDir
    Path dossier;

    private ChromeDriver navigateur;

    @BeforeEach
    void navigateur() throws Exception {
        navigateur = Chromium.demarrer(1280, 900, "--hide-scrollbars");
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    /**
     * Simulates the repository's example as a vendor would from the repository's root (the name the attestation
     * shows is the path given), the annotated file and the attestation in the test's directory; opens the attestation
     * and saves the whole page as the browser shows it, and as it prints.
     */
    private JsonNode ouvrir(String exemple, String capture) throws Exception {
        Path html = dossier.resolve(capture + ".html");
        Cli.Execution e = executer(simuler("--sortie", dossier.resolve("sortie.json").toString(),
                "--rapport", "html=" + html, "../examples/" + exemple));
        assertThat(e.code()).as(e.err()).isLessThan(2);
        capturer(html, capture);
        return e.statut();
    }

    /** Opens a page and saves it whole as the browser shows it, and as it prints on A4. */
    private void capturer(Path html, String capture) throws Exception {
        navigateur.get(html.toUri().toString());
        Map<String, Object> mesures = navigateur.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> page = (Map<String, Number>) mesures.get("cssContentSize");
        Map<String, Object> image = navigateur.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", page.get("width"),
                        "height", page.get("height"), "scale", 1)));
        Files.write(CAPTURES.resolve(capture + ".png"), Base64.getDecoder().decode((String) image.get("data")));
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        Files.write(CAPTURES.resolve(capture + ".pdf"), Base64.getDecoder().decode(navigateur.print(a4).getContent()));
    }

    private String champ(String nom) {
        return navigateur.findElement(By.cssSelector("[data-champ='" + nom + "']")).getText();
    }

    private String valeur(String nom) {
        return navigateur.findElement(By.cssSelector("[data-champ='" + nom + "']")).getDomAttribute("data-valeur");
    }

    private String instant(String nom) {
        return navigateur.findElement(By.cssSelector("[data-champ='" + nom + "'] time")).getDomAttribute("datetime");
    }

    /** Every figure of the status that the attestation shows, as it shows it. */
    private void commeLeStatut(JsonNode statut, byte[] octets) throws Exception {
        assertThat(navigateur.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(valeur("etat")).isEqualTo(statut.get("etat").asString());
        assertThat(champ("message")).isEqualTo(statut.get("message").asString());
        assertThat(champ("simulationId")).isEqualTo(statut.get("simulationId").asString());
        assertThat(champ("nom")).isEqualTo(statut.at("/entree/cle").asString());
        assertThat(valeur("taille")).isEqualTo(statut.at("/entree/taille").asString());
        assertThat(champ("taille").replaceAll("\\D", "")).isEqualTo(statut.at("/entree/taille").asString());
        assertThat(champ("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets)));
        assertThat(champ("numeroAns")).isEqualTo(statut.at("/parametres/numeroAns").asString());
        assertThat(champ("typeDemande")).isEqualTo(statut.at("/parametres/typeDemande").asString());
        assertThat(champ("tauxTva")).isEqualTo(statut.at("/parametres/tauxTva").asString() + " %");
        assertThat(champ("referentiel")).isEqualTo(statut.get("referentiel").asString());
        assertThat(champ("format")).isEqualTo(statut.get("format").asString());
        assertThat(instant("debut")).isEqualTo(statut.get("debut").asString());
        assertThat(instant("fin")).isEqualTo(statut.get("fin").asString());
    }

    private List<String> etapes() {
        List<String> etats = new ArrayList<>();
        navigateur.findElements(By.cssSelector(".etapes li")).forEach(li -> etats.add(li.getDomAttribute("data-etape")
                + "=" + li.getDomAttribute("data-etat")));
        return etats;
    }

    @Test
    void desDemandesEnAnomalie() throws Exception {
        JsonNode statut = ouvrir("avance-rejet-demandes.json", "attestation-rejet-demandes");

        commeLeStatut(statut, Fixtures.exemple("avance-rejet-demandes.json"));
        assertThat(champ("etat")).isEqualTo("Simulation rejetée à l'étape DEMANDES");
        assertThat(etapes()).containsExactly("PARAMETRES=franchie", "FICHIER=franchie", "FORMAT=franchie",
                "DEMANDES=rejet");
        assertThat(valeur("demandes")).isEqualTo(statut.at("/synthese/demandes").asString());
        assertThat(valeur("demandesEnAnomalie")).isEqualTo(statut.at("/synthese/demandesEnAnomalie").asString());
        assertThat(champ("sortie")).isEqualTo(statut.get("sortie").asString());

        JsonNode annote = JsonStrict.MAPPER.readTree(Path.of(statut.get("sortie").asString()).toFile());
        List<String> attendues = new ArrayList<>();
        annote.get("demandes").forEach(d -> d.path("anomalies").forEach(a -> attendues.add(
                d.get("idDemande").asString() + " " + a.get("code").asString() + " " + a.get("libelle").asString())));
        WebElement tableau = navigateur.findElement(By.cssSelector("[data-champ='anomalies']"));
        assertThat(tableau.findElement(By.tagName("caption")).getText()).isEqualTo("Demandes en anomalie ("
                + statut.at("/synthese/demandesEnAnomalie").asInt() + " sur " + statut.at("/synthese/demandes").asInt() + ")");
        List<String> lues = new ArrayList<>();
        for (WebElement groupe : tableau.findElements(By.cssSelector("tbody"))) {
            String id = groupe.findElement(By.cssSelector("th[scope='rowgroup']")).getText().lines().findFirst().orElseThrow();
            for (WebElement ligne : groupe.findElements(By.tagName("tr"))) {
                lues.add(id + " " + ligne.findElement(By.cssSelector("td.code")).getText() + " "
                        + ligne.findElement(By.cssSelector("td.code + td")).getText());
            }
        }
        assertThat(lues).containsExactlyElementsOf(attendues);
    }

    @Test
    void unFormatNonConforme() throws Exception {
        JsonNode statut = ouvrir("avance-rejet-format.json", "attestation-rejet-format");

        commeLeStatut(statut, Fixtures.exemple("avance-rejet-format.json"));
        assertThat(etapes()).containsExactly("PARAMETRES=franchie", "FICHIER=franchie", "FORMAT=rejet",
                "DEMANDES=non-atteinte");
        List<String> codes = navigateur.findElements(By.cssSelector("[data-champ='erreurs'] tbody th")).stream()
                .map(WebElement::getText).toList();
        List<String> attendus = new ArrayList<>();
        statut.get("erreurs").forEach(e -> attendus.add(e.get("code").asString()));
        assertThat(codes).containsExactlyElementsOf(attendus);
    }

    @Test
    void unFichierValide() throws Exception {
        JsonNode statut = ouvrir("avance-valide.json", "attestation-reussi");

        commeLeStatut(statut, Fixtures.exemple("avance-valide.json"));
        assertThat(champ("etat")).isEqualTo("Simulation réussie");
        assertThat(etapes()).allMatch(e -> e.endsWith("=franchie")).hasSize(4);
        assertThat(navigateur.findElements(By.cssSelector("table"))).isEmpty();
        assertThat(valeur("demandesEnAnomalie")).isEqualTo("0");
    }

    /**
     * The technical documentation of the essai pack ({@code format-sons documentation}), as a vendor reads it: every
     * balise of both types with its controls, and the codes; screenshot {@code target/captures/documentation-essai.png}.
     */
    @Test
    void laDocumentationTechniqueDUnPack() throws Exception {
        Path html = dossier.resolve("documentation-essai.html");
        Cli.Execution e = executer("format-sons", "documentation",
                Fixtures.MODULE.resolve("src/test/resources/packs/essai").toString(), "--sortie", html.toString());
        assertThat(e.code()).as(e.err()).isZero();

        capturer(html, "documentation-essai");

        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Documentation technique du format SONS");
        List<String> pointeurs = navigateur.findElements(By.cssSelector("tbody th[scope=row] code")).stream()
                .map(WebElement::getText).toList();
        assertThat(pointeurs).contains("/fournisseur/siret", "/dossier/lignes/*/commande/tva",
                "/dossier/lignes/*/facturation/emiseLe");
        assertThat(navigateur.findElements(By.cssSelector("table caption")).stream().map(WebElement::getText))
                .contains("Balises du type AVANCE", "Balises du type SOLDE");
    }
}
