package fr.simulateursons.moteur.rapports;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import fr.simulateursons.moteur.Statut;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The attestation's markup; what a person sees of it is {@code PagesNavigateurTest}'s (function module). */
class AttestationHtmlTest {

    private static String html(FichierSimule... f) {
        return Simules.ecrire(FormatRapport.HTML, f);
    }

    /** The text of the element that carries {@code data-champ}, in the body (the style sheet names some too). */
    private static String champ(String html, String champ) {
        var m = Pattern.compile("data-champ=\"" + champ + "\"[^>]*>([^<]*)<").matcher(html);
        m.region(html.indexOf("<body>"), html.length());
        assertThat(m.find()).as(champ).isTrue();
        return m.group(1);
    }

    @Test
    void unePageAutonomeEnFrancais() {
        String html = html(Simules.anomaliesSituees());

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">").contains("<meta charset=\"utf-8\">");
        assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "url(", "@import", "http://", "https://");
    }

    @Test
    void lEmpreinteEstCelleDesOctetsDuFichier() throws Exception {
        byte[] octets = Fixtures.exemple("avance-rejet-demandes.json");

        String html = html(Simules.simuler("examples/avance-rejet-demandes.json", octets));

        assertThat(champ(html, "sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets)));
        assertThat(html).contains("data-champ=\"taille\" data-valeur=\"" + octets.length + "\"");
    }

    @Test
    void lesTableauxOntLegendeEtEntetes() {
        String html = html(Simules.anomaliesSituees());

        assertThat(html).contains("<caption>Demandes en anomalie (2 sur 3)</caption>");
        assertThat(html).containsPattern("<th scope=\"col\">Attendu</th>");
        assertThat(Pattern.compile("<th scope=\"rowgroup\" rowspan=\"2\"").matcher(html).results().count()).isOne();
        assertThat(Pattern.compile("<tbody data-demande=").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("<td class=\"attendu\">19753.09</td>");
    }

    @Test
    void lesEtapesFranchiesEtCelleQuiARejete() {
        String html = html(Simules.formatSitue());

        assertThat(html).contains("data-etape=\"PARAMETRES\" data-etat=\"franchie\"",
                "data-etape=\"FICHIER\" data-etat=\"franchie\"", "data-etape=\"FORMAT\" data-etat=\"rejet\"",
                "data-etape=\"DEMANDES\" data-etat=\"non-atteinte\"");
        assertThat(html).contains("<caption>Erreurs de l'étape FORMAT (2)</caption>");
    }

    @Test
    void leTexteDuFichierEstEchappe() {
        String cle = "<script>alert(1)</script>\"'&";
        FichierSimule f = Simules.de("<b>.json", Resultat.rejet(Etape.FORMAT,
                List.of(Code.S02.erreur("/" + cle, cle)), Simules.PARAMETRES, Simules.VERSIONS),
                new byte[0]);

        String html = html(f);

        assertThat(html).doesNotContain("<script", "<b>.json")
                .contains("La balise &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp; n&#39;est pas attendue.");
    }

    @Test
    void lEmpreinteEstCelleDesOctetsJugesMemeSiLeFichierChangeEnsuite(@TempDir Path dossier) throws Exception {
        byte[] octets = Fixtures.exemple("avance-valide.json");
        Path fichier = Files.write(dossier.resolve("a.json"), octets);
        Resultat r = Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES).build()
                .simuler(fichier, Parametres.avance("SONS-V2-DEMO-DPI", "20"));
        Files.write(fichier, "ajouté après la simulation".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        String html = html(FichierSimule.de("a.json", r, Statut.de("id", r, null, null, Simules.DEBUT, Simules.FIN)));

        assertThat(champ(html, "sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets)));
    }

    @Test
    void unFichierQueLaChaineNAPasLuNAPasDEmpreinte() {
        Resultat r = Fixtures.simuler(Fixtures.exemple("avance-valide.json"),
                Fixtures.parametres("", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES, SourcesDeRessources.defaut());
        Statut s = Statut.de("id", r, null, null, Simules.DEBUT, Simules.FIN);

        String html = html(FichierSimule.de("a.json", r, s));

        assertThat(champ(html, "sha256")).startsWith("non calculée");
        assertThat(html).contains("data-champ=\"etat\" data-valeur=\"REJETE\"");
    }

    @Test
    void unLotDonneUnSommaireEtUneAttestationParFichier() {
        String html = html(Simules.formatSitue(), Simules.anomaliesSituees());

        assertThat(html).contains("<caption>Fichiers simulés (2)</caption>", "id=\"fichier-1\"", "id=\"fichier-2\"",
                "href=\"#fichier-2\"");
        assertThat(Pattern.compile("<article class=\"attestation\"").matcher(html).results().count()).isEqualTo(2);
    }
}
