package fr.simulateursons.moteur.rapports;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code junit} report, parsed by the JDK's XML parser and counted. */
class RapportJunitTest {

    private static Document junit(FichierSimule... fichiers) throws Exception {
        byte[] xml = Simules.ecrire(FormatRapport.JUNIT, fichiers).getBytes(StandardCharsets.UTF_8);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element dans, String nom) {
        NodeList l = dans.getElementsByTagName(nom);
        List<Element> e = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            e.add((Element) l.item(i));
        }
        return e;
    }

    private static Element cas(Element suite, String nom) {
        return elements(suite, "testcase").stream().filter(c -> c.getAttribute("name").equals(nom)).findFirst()
                .orElseThrow();
    }

    @Test
    void unCasParDemandePlusUnPourLeFichierEtUnEchecParDemandeEnAnomalie() throws Exception {
        FichierSimule f = Simules.anomaliesSituees();

        Element racine = junit(f).getDocumentElement();

        List<Element> suites = elements(racine, "testsuite");
        assertThat(suites).hasSize(1);
        Element suite = suites.get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("lot/demandes situées.json");
        assertThat(elements(suite, "testcase")).extracting(c -> c.getAttribute("name"))
                .containsExactly(RapportJunit.CAS_DU_FICHIER, "DEM-0", "DEM-1", "DEM-1");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(elements(suite, "failure")).hasSize(2);
        assertThat(racine.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("time")).isEqualTo("0.336");

        Element echec = elements(cas(suite, "DEM-0"), "failure").get(0);
        assertThat(echec.getAttribute("type")).isEqualTo("D07 D08");
        assertThat(echec.getAttribute("message"))
                .contains("D07 " + f.anomalies().get(0).get(0).libelle())
                .contains("D08 " + f.anomalies().get(0).get(1).libelle());
        assertThat(echec.getTextContent().lines()).containsExactly(
                "lot/demandes situées.json:19:23 D07 " + f.anomalies().get(0).get(0).libelle() + " (attendu : 19753.09)",
                "lot/demandes situées.json:20:23 D08 " + f.anomalies().get(0).get(1).libelle() + " (attendu : 118518.52)");
        assertThat(elements(cas(suite, RapportJunit.CAS_DU_FICHIER), "failure")).isEmpty();
    }

    @Test
    void unRejetAvantLesDemandesEchoueLeCasDuFichierSeul() throws Exception {
        FichierSimule f = Simules.simuler("s01.json", Fixtures.octets("format/avance-s01.json"));

        Element suite = elements(junit(f).getDocumentElement(), "testsuite").get(0);

        assertThat(elements(suite, "testcase")).hasSize(1);
        Element echec = elements(suite, "failure").get(0);
        assertThat(echec.getAttribute("type")).isEqualTo("S01");
        assertThat(echec.getAttribute("message")).isEqualTo(f.statut().message());
        assertThat(echec.getTextContent()).contains("S01 La balise siret est manquante.");
    }

    @Test
    void unLotValideDonneUneSuiteParFichierSansEchec() throws Exception {
        FichierSimule valide = Simules.simuler("examples/avance-valide.json", Fixtures.exemple("avance-valide.json"));
        FichierSimule demandes = Simules.simuler("examples/avance-rejet-demandes.json",
                Fixtures.exemple("avance-rejet-demandes.json"));

        Element racine = junit(valide, demandes).getDocumentElement();

        assertThat(elements(racine, "testsuite")).extracting(s -> s.getAttribute("name"))
                .containsExactly("examples/avance-valide.json", "examples/avance-rejet-demandes.json");
        Element premiere = elements(racine, "testsuite").get(0);
        assertThat(elements(premiere, "testcase")).hasSize(1 + valide.idDemandes().size());
        assertThat(elements(premiere, "failure")).isEmpty();
        Element seconde = elements(racine, "testsuite").get(1);
        assertThat(elements(seconde, "failure")).hasSize(demandes.statut().synthese().demandesEnAnomalie());
        assertThat(racine.getAttribute("tests")).isEqualTo(
                String.valueOf(2 + valide.idDemandes().size() + demandes.idDemandes().size()));
    }

    @Test
    void uneErreurInterneEstUneErreurDuCasDuFichier() throws Exception {
        FichierSimule f = Simules.de("a.json", Resultat.erreurInterne(List.of(Code.R01.erreur("/r.json", "dispositifs")),
                Simules.PARAMETRES, Resultat.Versions.AUCUNE, new IllegalStateException()), new byte[0]);

        Element suite = elements(junit(f).getDocumentElement(), "testsuite").get(0);

        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(elements(suite, "error").get(0).getAttribute("type")).isEqualTo("ERREUR_INTERNE");
        assertThat(elements(suite, "error").get(0).getTextContent()).contains("R01");
    }

    @Test
    void unTexteHostileDuFichierResteDuTexte() throws Exception {
        String cle = "a\u0001\"<b>&]]>\ud800\n";
        FichierSimule f = Simules.de("x\".json", Resultat.rejet(Etape.FORMAT,
                List.of(Code.S02.erreur("/" + cle, cle)), Simules.PARAMETRES, Simules.VERSIONS),
                new byte[0]);

        Element echec = elements(junit(f).getDocumentElement(), "failure").get(0);

        assertThat(echec.getTextContent().strip()).isEqualTo("x\".json S02 La balise a\uFFFD\"<b>&]]>\uFFFD\uFFFD n'est pas attendue.");
    }
}
