package fr.simulateursons.moteur.fichier;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyseJsonTest {

    private static final String F02 = "Le fichier choisi ne peut pas être importé. Soit le fichier ne respecte pas le "
            + "format de fichier attendu (JSON), soit le fichier est mal formé (erreur de syntaxe)";

    private static AnalyseJson.Analyse analyser(String texte) {
        return AnalyseJson.analyser(texte.getBytes(StandardCharsets.UTF_8));
    }

    private static Erreur f02(AnalyseJson.Analyse r) {
        assertThat(r.document()).isNull();
        Erreur e = r.erreur().orElseThrow();
        assertThat(e.code()).isEqualTo(Code.F02);
        assertThat(e.libelle()).isEqualTo(F02);
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vide                   | ''                          | 1 | 1
            blancs seulement       | '  \\n '                    | 2 | 2
            virgule en trop        | '{"a": 1,}'                 | 1 | 9
            contenu après la fin   | '{"a": 1} {}'               | 1 | 10
            clé en double          | '{"a": 1,\\n "a": 2}'       | 2 | 5
            accent avant la faute  | '{"é": x}'                  | 1 | 7
            """)
    void f02AvecLigneEtColonne(String cas, String texte, int ligne, int colonne) {
        Erreur e = f02(analyser(texte.replace("\\n", "\n")));

        assertThat(e.ligne()).isEqualTo(ligne);
        assertThat(e.colonne()).isEqualTo(colonne);
    }

    @Test
    void unBomUtf8EstAccepteEtNeCompteNiEnLigneNiEnColonne() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bon = concat(bom, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
        byte[] mauvais = concat(bom, "{\"a\" 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(AnalyseJson.analyser(bon).document().get("a").asInt()).isEqualTo(1);
        Erreur e = f02(AnalyseJson.analyser(mauvais));
        assertThat(e.ligne()).isEqualTo(1);
        assertThat(e.colonne()).isEqualTo(6);
    }

    @Test
    void lesFinsDeLigneCrlfComptentPourUneLigne() {
        Erreur e = f02(analyser("{\r\n  \"a\": 1,\r\n  \"b\": ?\r\n}"));

        assertThat(e.ligne()).isEqualTo(3);
        assertThat(e.colonne()).isEqualTo(8);
    }

    @Test
    void soixanteQuatreNiveauxPassentSoixanteCinqNon() {
        assertThat(analyser("[".repeat(64) + "]".repeat(64)).erreur()).isEmpty();
        assertThat(analyser("{\"a\":".repeat(63) + "{}" + "}".repeat(63)).erreur()).isEmpty();

        Erreur e = f02(analyser("[".repeat(65) + "]".repeat(65)));
        assertThat(e.ligne()).isEqualTo(1);
    }

    @Test
    void desOctetsQuiNeSontPasDeLUtf8() {
        byte[] latin1 = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        Erreur e = f02(AnalyseJson.analyser(latin1));
        assertThat(e.ligne()).isEqualTo(1);
        // é (E9) opens a 3-byte sequence: the parser finds it broken two bytes further, at the closing brace.
        assertThat(e.colonne()).isEqualTo(13);
    }

    @Test
    void utf16AvecOuSansBomEstRefuse() {
        byte[] avecBom = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE);
        byte[] sansBom = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16BE);

        f02(AnalyseJson.analyser(avecBom));
        f02(AnalyseJson.analyser(sansBom));
    }

    /** Every malformed UTF-8 sequence, in a value, in a name, amid text: Jackson must refuse them all (F02). */
    @ParameterizedTest(name = "{0} dans {1}")
    @CsvSource({
            "C080, value", "C1BF, value", "E08080, value", "EDA080, value", "EDBFBF, value", "F4908080, value",
            "F5808080, value", "F888808080, value", "80, value", "BF, value", "C3, value", "E282, value",
            "F09F98, value", "FE, value", "FF, value", "F0808080, value",
            "C080, name", "EDA080, name", "F4908080, name", "80, name", "C3, name", "FF, name",
            "C080, amid", "EDA080, amid", "E282, amid", "FF, amid"})
    void unUtf8MalFormeEstF02(String hexa, String ou) {
        byte[] sequence = java.util.HexFormat.of().parseHex(hexa);
        String[] autour = switch (ou) {
            case "value" -> new String[] {"[\"", "\"]"};
            case "name" -> new String[] {"{\"", "\": 1}"};
            default -> new String[] {"[\"abc", "def\"]"};
        };

        f02(AnalyseJson.analyser(concat(concat(autour[0].getBytes(StandardCharsets.UTF_8), sequence),
                autour[1].getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void unOctetNulEstUneFaute() {
        Erreur e = f02(analyser("{\"a\": \"x\u0000\"}"));

        assertThat(e.colonne()).isEqualTo(9);
    }

    @Test
    void lesMontantsGardentLeurTexte() {
        AnalyseJson.Analyse r = analyser("{\"m\": 100.10, \"n\": 123456789012345678901234567890}");

        assertThat(r.document().get("m").decimalValue().toPlainString()).isEqualTo("100.10");
        assertThat(r.document().get("n").bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
