package fr.simulateursons.moteur;

import fr.simulateursons.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The date de dépôt as given (spec §1): its writings, Europe/Paris unless an offset says otherwise, and P06. */
class DateDepotTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-15                | 2026-01-14T23:00:00Z | 2026-01-15 | 2026-01-15T00:00:00+01:00
            2026-07-15                | 2026-07-14T22:00:00Z | 2026-07-15 | 2026-07-15T00:00:00+02:00
            2026-01-15T10:30          | 2026-01-15T09:30:00Z | 2026-01-15 | 2026-01-15T10:30:00+01:00
            2026-01-15T10:30:45       | 2026-01-15T09:30:45Z | 2026-01-15 | 2026-01-15T10:30:45+01:00
            2026-01-15T23:30Z         | 2026-01-15T23:30:00Z | 2026-01-16 | 2026-01-16T00:30:00+01:00
            2026-01-15T10:00:00+05:00 | 2026-01-15T05:00:00Z | 2026-01-15 | 2026-01-15T06:00:00+01:00
            ' 2026-01-15 '            | 2026-01-14T23:00:00Z | 2026-01-15 | 2026-01-15T00:00:00+01:00
            """)
    void uneDateSecritDeCesFacons(String texte, Instant instant, LocalDate jour, String statut) {
        DateDepot d = DateDepot.lire(texte).orElseThrow();

        assertThat(d.instant()).isEqualTo(instant);
        assertThat(d.jour()).isEqualTo(jour);
        assertThat(d.texte()).isEqualTo(statut);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15/01/2026", "2026-02-30", "2026-1-15", "2026-01-15T25:00", "2026-01-15T10",
            "2026-01-15 10:30", "2026-01-15+01:00", "demain", "2026-01-15T10:30:61"})
    void uneAutreEcritureEstP06(String texte) {
        Resultat r = Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES).build().simuler(
                Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20")
                        .avec(Parametres.DATE_DEPOT, texte));

        assertThat(r.etape()).isEqualTo(texte.isBlank() ? null : Etape.PARAMETRES);
        if (!texte.isBlank()) {
            assertThat(r.erreurs()).extracting(Erreur::code).containsExactly(Code.P06);
            assertThat(r.erreurs().get(0).libelle()).isEqualTo("Le champ Date de dépôt doit être une date AAAA-MM-JJ, "
                    + "éventuellement suivie d'une heure THH:MM.");
            assertThat(r.parametres().dateDepot()).isEqualTo(texte.strip());
        }
    }

    @Test
    void sansDateDeDepotCEstLeMomentDeLaSimulation() {
        Resultat r = Moteur.builder().horloge(Fixtures.a("2026-11-26T10:00:00.123Z")).build().simuler(
                Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(r.etat()).isEqualTo(Etat.REUSSI);
        assertThat(r.parametres().dateDepot()).isEqualTo("2026-11-26T11:00:00+01:00");
    }

    @Test
    void d09JugeLeFuturAuJourDeLaDateDeDepot() {
        // The fixture's third demande is signed on 2025-12-02.
        Moteur moteur = Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES).build();
        byte[] d09 = Fixtures.octets("demandes/avance-d09.json");

        Resultat veille = moteur.simuler(d09, Parametres.avance("SONS-V2-DEMO-DPI", "20")
                .avec(Parametres.DATE_DEPOT, "2025-12-01T23:59"));
        Resultat jour = moteur.simuler(d09, Parametres.avance("SONS-V2-DEMO-DPI", "20")
                .avec(Parametres.DATE_DEPOT, "2025-12-02"));

        assertThat(veille.anomalies().get(2)).extracting(Erreur::code, Erreur::attendu)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.D09, "2025-12-01"));
        assertThat(jour.etat()).isEqualTo(Etat.REUSSI);
    }

    @Test
    void metadonneesEtTagsDoiventDireLeMemeInstant() {
        Moteur moteur = Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES).build();
        java.util.Map<String, String> meta = java.util.Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande",
                "AVANCE", "taux-tva", "20", "date-depot", "2026-01-15");

        Resultat memeInstant = moteur.simuler(Fixtures.exemple("avance-valide.json"),
                new Parametres(meta, java.util.Map.of("date-depot", "2026-01-15T00:00+01:00")));
        Resultat autreJour = moteur.simuler(Fixtures.exemple("avance-valide.json"),
                new Parametres(meta, java.util.Map.of("date-depot", "2026-01-16")));

        assertThat(memeInstant.etat()).isEqualTo(Etat.REUSSI);
        assertThat(autreJour.erreurs()).extracting(Erreur::libelle).containsExactly(
                "Les paramètres de la simulation sont contradictoires entre métadonnées et tags : date-depot.");
    }
}
