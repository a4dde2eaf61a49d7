package fr.simulateursons.moteur.cles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CleTest {

    @ParameterizedTest(name = "SIRET {0} → {1}")
    @CsvSource({
            "95260181590833, true",
            "95260181590834, false",
            "35600000000048, true",   // La Poste's head office passes Luhn
            "35600000000001, true",   // La Poste: digits sum to 15
            "35600000000002, false",
            "3560000000001,  false",  // 13 digits
            "9526018159083A, false",
            "00000000000000, true",   // Luhn alone accepts it: the schema's pattern is the only other check
    })
    void siret(String siret, boolean valide) {
        assertThat(Siret.valide(siret)).isEqualTo(valide);
    }

    @ParameterizedTest(name = "FINESS {0} → {1}")
    @CsvSource({
            "017924408, true",
            "017924409, false",
            "2A0000012, true",
            "2B9876543, true",
            "2A000001X, false",
            "2C0000012, false",
            "01792440,  false",
    })
    void finess(String finess, boolean valide) {
        assertThat(Finess.valide(finess)).isEqualTo(valide);
    }
}
