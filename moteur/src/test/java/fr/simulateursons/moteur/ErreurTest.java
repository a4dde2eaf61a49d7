package fr.simulateursons.moteur;

import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An error is its code and its values; its message is the catalogue's, built when written, and read back from it. */
class ErreurTest {

    @Test
    void leLibelleEstCeluiDuCatalogueRempliDesValeurs() {
        Erreur e = Code.D07.erreur("/demandes/0/bonDeCommande/montantTVA", "19753.10", "20");

        assertThat(e.valeurs()).containsExactly("19753.10", "20");
        assertThat(e.libelle())
                .isEqualTo("Le montant de TVA 19753.10 ne correspond pas au montant HT et au taux de TVA de 20 %.");
        assertThat(e.avecValeur(0, "1.975310E+4").libelle())
                .isEqualTo("Le montant de TVA 1.975310E+4 ne correspond pas au montant HT et au taux de TVA de 20 %.");
    }

    @Test
    void leJsonPorteLeLibelleEtSeRelitALIdentique() {
        Erreur e = Code.R01.erreur("dossier/pack", "format SONS").detail("La prestation P12 renvoie au plafond VA12, "
                + "qu'aucun dispositif ne définit.");

        String json = JsonStrict.MAPPER.writeValueAsString(e);

        assertThat(json).isEqualTo("{\"code\":\"R01\",\"libelle\":\"La ressource format SONS ne peut pas être lue ou ne "
                + "respecte pas son format.\",\"chemin\":\"dossier/pack\",\"detail\":\"La prestation P12 renvoie au "
                + "plafond VA12, qu'aucun dispositif ne définit.\"}");
        assertThat(JsonStrict.MAPPER.readValue(json, Erreur.class)).isEqualTo(e);
    }

    @ParameterizedTest
    @EnumSource(Code.class)
    void chaqueMessageDuCatalogueSeRelitEnSesValeurs(Code code) {
        List<String> valeurs = new ArrayList<>();
        for (int i = 0; i < code.libelle(new Object[10]).split("null", -1).length - 1; i++) {
            valeurs.add("valeur " + i + " : « x, y »");
        }
        Erreur e = new Erreur(code, valeurs, "/a");

        assertThat(code.valeurs(e.libelle())).isEqualTo(valeurs);
    }

    @Test
    void unTexteQuiNEstPasUnMessageDuCodeEstRefuse() {
        assertThatThrownBy(() -> Code.P01.valeurs("autre chose")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Code.D01.valeurs("Le champ Numéro ANS est obligatoire."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
