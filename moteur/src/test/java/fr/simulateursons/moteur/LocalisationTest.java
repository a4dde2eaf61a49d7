package fr.simulateursons.moteur;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ligne/colonne of errors and anomalies against an independent computation: the place is found in the file's
 * text by searching for the balise, then counted by hand (a line ends at LF, CRLF or a lone CR; a column is a
 * Unicode code point; a BOM is not counted) — never with the code under test.
 */
class LocalisationTest {

    /** The same document written in several ways; each must give the places its own text has. */
    enum Ecriture {
        INDENTEE(t -> t),
        COMPACTE(t -> JsonStrict.MAPPER.writeValueAsString(JsonStrict.MAPPER.readTree(t))),
        CRLF(t -> t.replace("\n", "\r\n")),
        CR_SEUL(t -> t.replace("\n", "\r")),
        BOM(t -> "\uFEFF" + t),
        /** Accents, a character beyond the BMP and CJK before the value, on its line. */
        NON_ASCII_COMPACTE(t -> COMPACTE.ecrire.apply(t.replace("Centre hospitalier de Valmont",
                "Hôpital Saint-Étienne 😀 — 醫院").replace("Clinique du Parc", "Clinique d'Érable 😀")));

        final UnaryOperator<String> ecrire;

        Ecriture(UnaryOperator<String> ecrire) {
            this.ecrire = ecrire;
        }
    }

    @ParameterizedTest
    @EnumSource(Ecriture.class)
    void uneAnomalieEstOuCommenceSaValeur(Ecriture ecriture) {
        String texte = ecriture.ecrire.apply(texte("demandes/avance-d07.json"));

        Resultat r = Fixtures.simuler(texte.getBytes(StandardCharsets.UTF_8), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        Erreur d07 = r.anomalies().get(0).get(0);
        assertThat(d07.code()).isEqualTo(Code.D07);
        assertThat(List.of(d07.ligne(), d07.colonne())).isEqualTo(valeurApres(texte, "\"montantTVA\"", 1));
        assertThat(d07.attendu()).isEqualTo("19753.09");
    }

    @ParameterizedTest
    @EnumSource(Ecriture.class)
    void uneBaliseManquanteEstOuCommenceLObjetQuiLaContient(Ecriture ecriture) {
        String texte = ecriture.ecrire.apply(texte("format/avance-s01-imbrique.json"));

        Resultat r = Fixtures.simuler(texte.getBytes(StandardCharsets.UTF_8), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        Erreur s01 = r.erreurs().get(0);
        assertThat(s01.code()).isEqualTo(Code.S01);
        assertThat(s01.chemin()).isEqualTo("/demandes/0/beneficiaire/raisonSociale");
        assertThat(List.of(s01.ligne(), s01.colonne())).isEqualTo(valeurApres(texte, "\"beneficiaire\"", 1));
    }

    @ParameterizedTest
    @EnumSource(Ecriture.class)
    void uneErreurDEnteteEstOuCommenceSaValeur(Ecriture ecriture) {
        String texte = ecriture.ecrire.apply(texte("format/avance-e02.json"));

        Resultat r = Fixtures.simuler(texte.getBytes(StandardCharsets.UTF_8), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        Erreur e02 = r.erreurs().get(0);
        assertThat(e02.code()).isEqualTo(Code.E02);
        assertThat(List.of(e02.ligne(), e02.colonne())).isEqualTo(valeurApres(texte, "\"numeroReferencement\"", 1));
    }

    @ParameterizedTest
    @EnumSource(Ecriture.class)
    void chaqueDoublonEstPlaceEtNommeLesAutres(Ecriture ecriture) {
        String texte = ecriture.ecrire.apply(texte("demandes/avance-d01.json"));

        Resultat r = Fixtures.simuler(texte.getBytes(StandardCharsets.UTF_8), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        Erreur premier = r.anomalies().get(0).get(0);
        Erreur second = r.anomalies().get(2).get(0);
        assertThat(List.of(premier.ligne(), premier.colonne())).isEqualTo(valeurApres(texte, "\"idDemande\"", 1));
        assertThat(List.of(second.ligne(), second.colonne())).isEqualTo(valeurApres(texte, "\"idDemande\"", 3));
        assertThat(premier.autres()).containsExactly(2);
        assertThat(second.autres()).containsExactly(0);
    }

    private static String texte(String fixture) {
        return new String(Fixtures.octets(fixture), StandardCharsets.UTF_8);
    }

    /** Line and column of the first character after the n-th {@code cle} and its colon. */
    private static List<Integer> valeurApres(String texte, String cle, int n) {
        String t = texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
        int i = -1;
        for (int k = 0; k < n; k++) {
            i = t.indexOf(cle, i + 1);
        }
        i = t.indexOf(':', i + cle.length()) + 1;
        while (t.charAt(i) == ' ' || t.charAt(i) == '\n' || t.charAt(i) == '\r' || t.charAt(i) == '\t') {
            i++;
        }
        List<String> lignes = new ArrayList<>(List.of(t.substring(0, i).split("\r\n|\r|\n", -1)));
        String derniere = lignes.get(lignes.size() - 1);
        return List.of(lignes.size(), derniere.codePointCount(0, derniere.length()) + 1);
    }
}
