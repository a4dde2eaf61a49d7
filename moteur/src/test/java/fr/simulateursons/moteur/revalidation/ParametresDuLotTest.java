package fr.simulateursons.moteur.revalidation;

import fr.simulateursons.moteur.Parametres;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The sidecar of a lot, and the date de dépôt that {@code simuler-lot --date-depot} gives every file. */
class ParametresDuLotTest {

    private static ParametresDuLot lire(String json) throws IOException {
        return ParametresDuLot.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void uneEntreeDeFichierCompleteEtRemplaceLeDefaut() throws IOException {
        ParametresDuLot lot = lire("{\"defaut\": {\"numero-ans\": \"A\", \"type-demande\": \"AVANCE\", \"taux-tva\": 20},"
                + " \"fichiers\": {\"s/b.json\": {\"type-demande\": \"SOLDE\", \"taux-tva\": null}}}");

        assertThat(lot.pour("a.json").metadonnees()).containsOnly(entry("numero-ans", "A"),
                entry("type-demande", "AVANCE"), entry("taux-tva", "20"));
        assertThat(lot.pour("s/b.json").metadonnees()).containsOnly(entry("numero-ans", "A"),
                entry("type-demande", "SOLDE"), entry("taux-tva", "20"));
    }

    @Test
    void laDateDeDepotDuLotRemplaceCelleDuDefautMaisPasCelleDUnFichier() throws IOException {
        ParametresDuLot lot = lire("{\"defaut\": {\"numero-ans\": \"A\", \"date-depot\": \"2024-01-01\"},"
                + " \"fichiers\": {\"propre.json\": {\"date-depot\": \"2024-09-12T14:00\"}, \"autre.json\": {\"numero-ans\": \"B\"}}}")
                .avecDefaut(Parametres.DATE_DEPOT, "2025-03-01");

        assertThat(lot.pour("a.json").metadonnees()).containsEntry("date-depot", "2025-03-01").containsEntry("numero-ans", "A");
        assertThat(lot.pour("autre.json").metadonnees()).containsEntry("date-depot", "2025-03-01")
                .containsEntry("numero-ans", "B");
        assertThat(lot.pour("propre.json").metadonnees()).containsEntry("date-depot", "2024-09-12T14:00");
        assertThat(ParametresDuLot.aucun().avecDefaut(Parametres.DATE_DEPOT, "2025-03-01").pour("x.json"))
                .isEqualTo(Parametres.de(java.util.Map.of("date-depot", "2025-03-01")));
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }
}
