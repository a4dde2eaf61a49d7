package fr.simulateursons.moteur;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of PARAMETRES: the S3 object's metadata and tags as maps of any keys and values
 * (the spec's keys in every case, values near the admitted ones, and anything else) on a valid file. Whatever
 * the maps, the simulation never ends in an internal error, a rejection at PARAMETRES carries P codes only,
 * sorted, and the outcome does not depend on the order in which the maps list their entries.
 */
class FuzzParametresTest {

    private static final String[] CLES = {"numero-ans", "NUMERO-ANS", "Numero-Ans", "type-demande", "Type-Demande",
            "TYPE-DEMANDE", "taux-tva", "Taux-TVA", "TAUX-TVA", " taux-tva", "numero_ans", "x-amz-meta-taux-tva"};
    private static final String[] VALEURS = {"SONS-V2-DEMO-DPI", "sons-v2-demo-dpi", " SONS-V2-DEMO-DPI ",
            "SONS-V2-DEMO-PFI", "AVANCE", "avance", "SOLDE", "Solde", "20", "20,0", "20.00", "5,5", "2.1", "8.5",
            "0", "10", "19.6", "", " ", "\t"};
    private static final byte[] AVANCE = Fixtures.exemple("avance-valide.json");
    private static final byte[] SOLDE = Fixtures.exemple("solde-valide.json");

    @FuzzTest(maxDuration = "10s")
    void parametres(FuzzedDataProvider data) {
        byte[] fichier = data.consumeBoolean() ? AVANCE : SOLDE;
        Map<String, String> metadonnees = carte(data);
        Map<String, String> tags = carte(data);

        Resultat r = simuler(fichier, metadonnees, tags);

        Invariants.jamaisInterne(r);
        if (r.etape() == Etape.PARAMETRES) {
            assertThat(r.erreurs()).isNotEmpty().allMatch(e -> e.code().etape() == Etape.PARAMETRES);
            assertThat(r.erreurs()).extracting(Erreur::code).isSorted();
        }
        Resultat inverse = simuler(fichier, inverse(metadonnees), inverse(tags));
        assertThat(inverse.etat()).isEqualTo(r.etat());
        assertThat(inverse.etape()).isEqualTo(r.etape());
        assertThat(inverse.erreurs()).isEqualTo(r.erreurs());
        assertThat(inverse.parametres()).isEqualTo(r.parametres());
    }

    /** Up to six entries, in the order drawn; a key drawn twice keeps its first value. */
    private static Map<String, String> carte(FuzzedDataProvider data) {
        Map<String, String> carte = new LinkedHashMap<>();
        for (int n = data.consumeInt(0, 6); n > 0; n--) {
            String cle = data.consumeBoolean() ? data.pickValue(CLES) : data.consumeString(24);
            String valeur = data.consumeBoolean() ? data.pickValue(VALEURS) : data.consumeString(60);
            carte.putIfAbsent(cle, valeur);
        }
        return carte;
    }

    private static Map<String, String> inverse(Map<String, String> carte) {
        List<Map.Entry<String, String>> entrees = new ArrayList<>(carte.entrySet());
        Collections.reverse(entrees);
        Map<String, String> inverse = new LinkedHashMap<>();
        entrees.forEach(e -> inverse.put(e.getKey(), e.getValue()));
        return inverse;
    }

    private static Resultat simuler(byte[] fichier, Map<String, String> metadonnees, Map<String, String> tags) {
        return Fixtures.simuler(fichier, new Parametres(metadonnees, tags), Fixtures.APRES_LES_EXEMPLES,
                SourcesDeRessources.defaut());
    }
}
