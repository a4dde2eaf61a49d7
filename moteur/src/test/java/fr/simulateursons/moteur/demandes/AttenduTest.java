package fr.simulateursons.moteur.demandes;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** attendu of each rule that knows the right value (spec §4), worked out by hand from the fixture. */
class AttenduTest {

    @ParameterizedTest(name = "{0} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            demandes/avance-d06.json         | AVANCE | 20  | 2026-11-26T10:00:00Z | D06 | 0 | 150000.00
            demandes/avance-d06-zero.json    | AVANCE | 20  | 2026-11-26T10:00:00Z | D06 | 0 | 150000.00
            demandes/avance-d07.json         | AVANCE | 20  | 2026-11-26T10:00:00Z | D07 | 0 | 19753.09
            demandes/avance-d07-arrondi.json | AVANCE | 5,5 | 2026-11-26T10:00:00Z | D07 | 0 | 0.17
            demandes/solde-d07-facture.json  | SOLDE  | 20  | 2026-11-26T10:00:00Z | D07 | 0 | 19753.09
            demandes/avance-d08.json         | AVANCE | 20  | 2026-11-26T10:00:00Z | D08 | 1 | 144000.00
            demandes/avance-d09.json         | AVANCE | 20  | 2025-12-01T10:00:00Z | D09 | 2 | 2025-12-01
            demandes/avance-d10.json         | AVANCE | 20  | 2026-11-26T10:00:00Z | D10 | 2 | 2025-12-17
            demandes/solde-d11.json          | SOLDE  | 20  | 2026-11-26T10:00:00Z | D11 | 0 | 2025-06-15
            demandes/solde-d12.json          | SOLDE  | 20  | 2026-11-26T10:00:00Z | D12 | 1 | 120000.00
            demandes/solde-d13.json          | SOLDE  | 20  | 2026-11-26T10:00:00Z | D13 | 0 | 2025-06-15
            demandes/solde-d13-future.json   | SOLDE  | 20  | 2026-11-26T10:00:00Z | D13 | 1 | 2025-09-01
            """)
    void laBonneValeur(String fixture, String type, String taux, String instant, Code code, int demande,
                       String attendu) {
        Resultat r = Fixtures.simuler(Fixtures.octets(fixture), type, taux, Fixtures.a(instant));

        Erreur anomalie = r.anomalies().get(demande).get(0);
        assertThat(anomalie.code()).isEqualTo(code);
        assertThat(anomalie.attendu()).isEqualTo(attendu);
    }

    @Test
    void uneTvaFausseEtUnTtcQuiLaSuitDonnentD07EtD08DontLesAttendusSAccordent() {
        // The TTC is HT + the file's wrong TVA: D08 judges it against the TVA that D07 computes.
        Resultat r = Fixtures.simuler(Fixtures.octets("demandes/avance-d07-d08.json"), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.anomalies().get(0)).extracting(Erreur::code, Erreur::attendu)
                .containsExactly(tuple(Code.D07, "19753.09"), tuple(Code.D08, "118518.52"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            demandes/avance-d02.json | 1 | D02
            demandes/avance-d03.json | 0 | D03
            demandes/avance-d04.json | 0 | D04
            """)
    void uneCleInvalideNAPasDeBonneValeur(String fixture, int demande, Code code) {
        Erreur anomalie = Fixtures.simuler(Fixtures.octets(fixture), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES)
                .anomalies().get(demande).get(0);

        assertThat(anomalie.code()).isEqualTo(code);
        assertThat(anomalie.attendu()).isNull();
        assertThat(anomalie.autres()).isNull();
    }

    @Test
    void d14DonneLePlafondDeLEtablissementQuandIlEnAUn() {
        Resultat r = Fixtures.simuler(Fixtures.octets("demandes/avance-d14.json"),
                Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES,
                Fixtures.avecEligibilite("demandes/eligibilite.json"));

        assertThat(r.anomalies().get(1)).extracting(Erreur::attendu).containsExactly("100000.00");
        assertThat(r.anomalies().get(2)).extracting(Erreur::attendu).containsOnlyNulls();
    }

    @Test
    void d05NommeLesAutresDemandes() {
        Resultat r = Fixtures.simuler(Fixtures.octets("demandes/avance-d05.json"), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.anomalies().get(0).get(0).autres()).containsExactly(2);
        assertThat(r.anomalies().get(2).get(0).autres()).containsExactly(0);
    }
}
