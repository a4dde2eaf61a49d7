package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.PacksCasses;
import fr.simulateursons.outils.TraducteurPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.simulateursons.cli.Cli.executer;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code format-sons} and {@code --format-sons}: exit codes and what they print, on the bundled, essai and broken packs. */
class FormatSonsCommandeTest {

    private static final Path ESSAI = Fixtures.MODULE.resolve("src/test/resources/" + TraducteurPack.DOSSIER);

    @TempDir
    Path dossier;

    @Test
    void lesDeuxPacksSontConformes() {
        Cli.Execution embarque = executer("format-sons", "verifier");
        Cli.Execution essai = executer("format-sons", "verifier", ESSAI.toString());

        assertThat(embarque.code()).isZero();
        assertThat(embarque.out()).contains("version vague2-2025.1", "Exemple AVANCE", "Exemple SOLDE");
        assertThat(essai.code()).isZero();
        assertThat(essai.out()).contains("version essai-2026.1").doesNotContain("REJETE");
    }

    @ParameterizedTest
    @EnumSource(PacksCasses.class)
    void unPackIncoherentEstRefuseParVerifierEtParSimuler(PacksCasses casse) throws IOException {
        Path pack = casse.creer(dossier);
        Path fichier = Files.write(dossier.resolve("avance.json"), Fixtures.exemple("avance-valide.json"));

        Cli.Execution verifier = executer("format-sons", "verifier", pack.toString());
        Cli.Execution simuler = executer("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", "AVANCE",
                "--taux-tva", "20", "--format-sons", pack.toString(), fichier.toString());

        assertThat(verifier.code()).isEqualTo(1);
        assertThat(verifier.out()).contains("n'est pas cohérent", casse.lieu + " : ", casse.message);
        assertThat(simuler.code()).isEqualTo(3);
        JsonNode statut = JsonStrict.MAPPER.readTree(simuler.out());
        assertThat(statut.get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(statut.get("erreurs").get(0).get("code").asString()).isEqualTo("R01");
        assertThat(statut.get("erreurs").get(0).get("chemin").asString()).isEqualTo(pack.toString());
    }

    @Test
    void unExempleQuiNePassePasRendLePackNonConforme() throws IOException {
        Path pack = PacksCasses.MANIFESTE_CLE_INCONNUE.creer(dossier);
        Files.copy(ESSAI.resolve("format.json"), pack.resolve("format.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(pack.resolve("exemples/avance.json"),
                Files.readString(pack.resolve("exemples/avance.json")).replace("\"19753,09\"", "\"19753,08\""));

        Cli.Execution e = executer("format-sons", "verifier", pack.toString());

        assertThat(e.code()).isEqualTo(1);
        assertThat(e.out()).contains("Exemple AVANCE", "REJETE à l'étape DEMANDES", "D07");
    }

    @Test
    void simulerAvecLePackEssaiDonneLeFormatDansLeStatut() throws IOException {
        Path fichier = Files.write(dossier.resolve("avance.json"),
                TraducteurPack.traduire(Fixtures.octets("demandes/avance-d07.json")));

        Cli.Execution e = executer("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", "AVANCE",
                "--taux-tva", "20", "--format-sons", ESSAI.toString(), fichier.toString());

        assertThat(e.code()).isEqualTo(1);
        JsonNode statut = JsonStrict.MAPPER.readTree(e.out());
        assertThat(statut.get("format").asString()).isEqualTo("essai-2026.1");
        JsonNode anomalie = JsonStrict.MAPPER.readTree(dossier.resolve("avance.sortie.json").toFile())
                .at("/dossier/lignes/0/anomalies/0");
        assertThat(anomalie.get("code").asString()).isEqualTo("D07");
        assertThat(anomalie.get("chemin").asString()).isEqualTo("/dossier/lignes/0/commande/tva");
        assertThat(anomalie.get("libelle").asString()).contains("19753,08");
        // In the file's own form: the essai pack writes amounts as text with a decimal comma.
        assertThat(anomalie.get("attendu").asString()).isEqualTo("19753,09");
    }

    @Test
    void leModeleViergeAChaqueBaliseDuSchema() {
        Cli.Execution avance = executer("format-sons", "modele", "--type-demande", "avance");
        Cli.Execution solde = executer("format-sons", "modele", "--type-demande", "SOLDE", ESSAI.toString());

        assertThat(avance.code()).isZero();
        JsonNode a = JsonStrict.MAPPER.readTree(avance.out());
        assertThat(a.at("/demandes/0/bonDeCommande/montantHT").isNumber()).isTrue();
        assertThat(a.at("/demandes/0/bonDeCommande/montantHT").intValue()).isZero();
        assertThat(a.at("/demandes/0/beneficiaire/raisonSociale").asString()).isEmpty();
        assertThat(a.at("/demandes").size()).isEqualTo(1);
        assertThat(a.has("facture")).isFalse();
        JsonNode s = JsonStrict.MAPPER.readTree(solde.out());
        assertThat(s.at("/dossier/lignes/0/facturation/emiseLe").asString()).isEmpty();
        assertThat(s.at("/dossier/lignes/0/commande/ht").asString()).isEmpty();
    }

    @Test
    void laDocumentationDecritChaqueBaliseEtLesCodes() throws IOException {
        Path page = dossier.resolve("documentation.html");

        Cli.Execution e = executer("format-sons", "documentation", ESSAI.toString(), "--sortie", page.toString());

        assertThat(e.code()).isZero();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">",
                "/dossier/lignes/*/commande/tva", "/fournisseur/siret", "JJ/MM/AAAA", "D07",
                "Le montant de TVA &lt;x&gt; ne correspond pas", "ce pack ne décrit pas d'attestation");
        assertThat(html).doesNotContain("<script", "http://", "https://");
    }

    @Test
    void laDocumentationDUnCatalogueDonneSonCalendrierEtCeQuiChange() throws IOException {
        Path page = dossier.resolve("catalogue.html");

        Cli.Execution e = executer("format-sons", "documentation", "../examples/format-sons-mss", "--date-depot",
                "2026-01-15", "--sortie", page.toString());

        assertThat(e.code()).as(e.err()).isZero();
        assertThat(Files.readString(page)).contains("Calendrier des formats", "vague2-sans-mss", "vague2-mss",
                "De vague2-sans-mss à vague2-mss", "SOLDE : balise ajoutée ", "indicateurDeploiementMSS (obligatoire).");
    }

    @Test
    void unDossierAbsentEstUneErreurDeLigneDeCommande() {
        assertThat(executer("format-sons", "verifier", dossier.resolve("absent").toString()).code()).isEqualTo(2);
        assertThat(executer("format-sons").code()).isEqualTo(2);
        assertThat(executer("format-sons", "modele", "--type-demande", "AUTRE").code()).isEqualTo(2);
    }
}
