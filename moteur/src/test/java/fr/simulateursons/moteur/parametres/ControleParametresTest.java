package fr.simulateursons.moteur.parametres;

import fr.simulateursons.Fixtures;

import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.ParametresLus;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.RessourcesIllisibles;
import fr.simulateursons.moteur.ressources.Ressources;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ControleParametresTest {

    /** A moment when the bundled vague 2 pack is in force: the default date de dépôt. */
    private static final Instant MAINTENANT = Instant.parse("2026-11-26T10:00:00Z");
    private static final String MAINTENANT_TEXTE = "2026-11-26T11:00:00+01:00";

    private static ControleParametres controle;

    @BeforeAll
    static void referentiel() throws RessourcesIllisibles {
        Ressources r = SourcesDeRessources.defaut().charger();
        controle = new ControleParametres(r.referentiel(), r.format());
    }

    private static Map<String, String> valides() {
        Map<String, String> m = new HashMap<>();
        m.put("numero-ans", "SONS-V2-DEMO-DPI");
        m.put("type-demande", "AVANCE");
        m.put("taux-tva", "20");
        return m;
    }

    @Test
    void parametresValidesEtNormalises() {
        Map<String, String> m = valides();
        m.put("numero-ans", "  SONS-V2-DEMO-HOP ");
        m.put("type-demande", "solde");
        m.put("taux-tva", "5,50");

        ControleParametres.Controle r = controle.controler(Parametres.de(m), MAINTENANT);

        assertThat(r.erreurs()).isEmpty();
        ParametresValides p = r.parametres().orElseThrow();
        assertThat(p.numeroAns()).isEqualTo("SONS-V2-DEMO-HOP");
        assertThat(p.typeDemande()).isEqualTo(TypeDemande.SOLDE);
        assertThat(p.tauxTva().texte()).isEqualTo("5.5");
        assertThat(p.solution().siretFournisseur()).isEqualTo("93909960308245");
        assertThat(r.lus()).isEqualTo(new ParametresLus("SONS-V2-DEMO-HOP", "SOLDE", "5.5", MAINTENANT_TEXTE));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "ABSENT", textBlock = """
            numero-ans   | ABSENT          | P01 | Le champ Numéro ANS est obligatoire.
            numero-ans   | '   '           | P01 | Le champ Numéro ANS est obligatoire.
            type-demande | ABSENT          | P02 | Le champ Type de demande est obligatoire et doit valoir AVANCE ou SOLDE.
            type-demande | AVANCES         | P02 | Le champ Type de demande est obligatoire et doit valoir AVANCE ou SOLDE.
            taux-tva     | ABSENT          | P03 | Le champ Taux de TVA est obligatoire et doit être l'un des taux : 0, 2.1, 5.5, 8.5, 10, 20.
            taux-tva     | 19.6            | P03 | Le champ Taux de TVA est obligatoire et doit être l'un des taux : 0, 2.1, 5.5, 8.5, 10, 20.
            taux-tva     | 20 %            | P03 | Le champ Taux de TVA est obligatoire et doit être l'un des taux : 0, 2.1, 5.5, 8.5, 10, 20.
            numero-ans   | SONS-V2-INCONNU | P04 | Le numéro ANS SONS-V2-INCONNU ne correspond à aucune solution référencée en vague 2.
            numero-ans   | SONS V2 DEMO    | P04 | Le numéro ANS SONS V2 DEMO ne correspond à aucune solution référencée en vague 2.
            """)
    void unParametreAbsentOuInvalide(String cle, String valeur, Code code, String libelle) {
        Map<String, String> m = valides();
        m.remove(cle);
        if (valeur != null) {
            m.put(cle, valeur);
        }

        ControleParametres.Controle r = controle.controler(Parametres.de(m), MAINTENANT);

        assertThat(r.parametres()).isEmpty();
        assertThat(r.erreurs()).containsExactly(Fixtures.erreur(code, libelle, null));
    }

    @Test
    void unNumeroDePlusDeCinquanteCaracteresNeDesigneAucuneSolution() {
        Map<String, String> m = valides();
        m.put("numero-ans", "A".repeat(51));

        assertThat(controle.controler(Parametres.de(m), MAINTENANT).erreurs())
                .extracting(Erreur::code).containsExactly(Code.P04);
    }

    @Test
    void toutesLesErreursDansLOrdreDesCodes() {
        ControleParametres.Controle r = controle.controler(Parametres.de(Map.of("taux-tva", "7")), MAINTENANT);

        assertThat(r.erreurs()).extracting(Erreur::code).containsExactly(Code.P01, Code.P02, Code.P03);
        assertThat(r.lus()).isEqualTo(new ParametresLus(null, null, "7", MAINTENANT_TEXTE));
    }

    @Test
    void lesTagsCompletentLesMetadonnees() {
        Parametres s = new Parametres(
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", ""),
                Map.of("Type-Demande", "SOLDE", "taux-tva", "10"));

        ControleParametres.Controle r = controle.controler(s, MAINTENANT);

        assertThat(r.erreurs()).isEmpty();
        assertThat(r.lus()).isEqualTo(new ParametresLus("SONS-V2-DEMO-DPI", "SOLDE", "10", MAINTENANT_TEXTE));
    }

    @Test
    void metadonneesEtTagsQuiDisentLaMemeChoseSAccordent() {
        Parametres s = new Parametres(
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "avance", "taux-tva", "20"),
                Map.of("type-demande", "AVANCE", "taux-tva", "20,0"));

        assertThat(controle.controler(s, MAINTENANT).erreurs()).isEmpty();
    }

    @Test
    void p05NommeChaqueCleContradictoire() {
        Parametres s = new Parametres(
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE", "taux-tva", "20"),
                Map.of("numero-ans", "SONS-V2-DEMO-PFI", "taux-tva", "10"));

        ControleParametres.Controle r = controle.controler(s, MAINTENANT);

        assertThat(r.parametres()).isEmpty();
        assertThat(r.erreurs()).containsExactly(
                Fixtures.erreur(Code.P05, "Les paramètres de la simulation sont contradictoires entre métadonnées et "
                        + "tags : numero-ans.", null),
                Fixtures.erreur(Code.P05, "Les paramètres de la simulation sont contradictoires entre métadonnées et "
                        + "tags : taux-tva.", null));
        assertThat(r.lus()).isEqualTo(new ParametresLus(null, "AVANCE", null, MAINTENANT_TEXTE));
    }

    /**
     * Tags are case-sensitive on S3: {@code taux-tva} and {@code Taux-TVA} can both be on an object. The decoy
     * keys move the two spellings around in the map's iteration order, which the answer must not follow.
     */
    @ParameterizedTest(name = "{0} clés en plus")
    @ValueSource(ints = {0, 1, 2, 3, 5, 8, 13, 21, 34, 55})
    void laCleEcriteCommeLaSpecLEmporteSurSesVariantes(int leurres) {
        Map<String, String> tags = leurres(leurres);
        tags.put("Taux-TVA", "10");
        tags.put("taux-tva", "20");
        tags.put("TAUX-TVA", "5,5");

        ControleParametres.Controle r = controle.controler(new Parametres(
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE"), tags), MAINTENANT);

        assertThat(r.erreurs()).isEmpty();
        assertThat(r.lus().tauxTva()).isEqualTo("20");
    }

    @ParameterizedTest(name = "{0} clés en plus")
    @ValueSource(ints = {0, 1, 2, 3, 5, 8, 13, 21, 34, 55})
    void desVariantesQuiDisentLaMemeChoseSAccordent(int leurres) {
        Map<String, String> tags = leurres(leurres);
        tags.put("Type-Demande", "SOLDE");
        tags.put("TYPE-DEMANDE", " SOLDE ");
        tags.put("type-demande", " ");

        ControleParametres.Controle r = controle.controler(new Parametres(
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "taux-tva", "20"), tags), MAINTENANT);

        assertThat(r.erreurs()).isEmpty();
        assertThat(r.lus().typeDemande()).isEqualTo("SOLDE");
    }

    @ParameterizedTest(name = "{0} clés en plus")
    @ValueSource(ints = {0, 1, 2, 3, 5, 8, 13, 21, 34, 55})
    void desVariantesQuiSeContredisentSontP05(int leurres) {
        Map<String, String> tags = leurres(leurres);
        tags.put("Taux-TVA", "10");
        tags.put("TAUX-TVA", "20");
        Map<String, String> metadonnees = leurres(leurres);
        metadonnees.put("numero-ans", "SONS-V2-DEMO-DPI");
        metadonnees.put("Type-Demande", "AVANCE");
        metadonnees.put("TYPE-demande", "SOLDE");

        ControleParametres.Controle r = controle.controler(new Parametres(metadonnees, tags), MAINTENANT);

        assertThat(r.parametres()).isEmpty();
        assertThat(r.erreurs()).containsExactly(
                Fixtures.erreur(Code.P05, "Les paramètres de la simulation sont contradictoires entre métadonnées et "
                        + "tags : type-demande.", null),
                Fixtures.erreur(Code.P05, "Les paramètres de la simulation sont contradictoires entre métadonnées et "
                        + "tags : taux-tva.", null));
    }

    private static Map<String, String> leurres(int n) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("leurre-" + i, "x");
        }
        return m;
    }
}
