package fr.simulateursons.moteur.pack;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.outils.TraducteurPack;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture suite through both packs: every fixture, and its translation into the essai pack, give the same
 * état, étape, codes, chemins (translated), places, attendu (in each file's own form: a decimal comma and
 * {@code JJ/MM/AAAA} in the essai pack) and autres — but what the essai pack turns off (D13, with no attestation) and
 * what its forms change on purpose (listed in {@link #HORS_TRADUCTION}).
 */
class DeuxPacksTest {

    /**
     * Fixtures that cannot mean the same in the essai pack: the root is no object; an exponent of a billion digits
     * cannot be written as text; the attestation, which the essai pack has not, is what they test.
     */
    private static final Set<String> HORS_TRADUCTION = Set.of("format/racine-s03.json",
            "format/avance-s04-exposant-enorme.json", "format/solde-s01.json", "demandes/solde-d13.json",
            "demandes/solde-d13-future.json");

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> cas = new ArrayList<>();
        for (String dossier : List.of("format", "demandes")) {
            try (Stream<Path> s = Files.list(Fixtures.chemin(dossier))) {
                s.map(p -> dossier + "/" + p.getFileName()).sorted()
                        .filter(f -> !HORS_TRADUCTION.contains(f) && !f.endsWith("eligibilite.json"))
                        .forEach(f -> cas.add(Arguments.of(f)));
            }
        }
        return cas.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void memeVerdictDansLesDeuxPacks(String fixture) {
        String nom = fixture.substring(fixture.indexOf('/') + 1);
        String type = nom.startsWith("solde") ? "SOLDE" : "AVANCE";
        String taux = nom.contains("arrondi") ? "5.5" : "20";
        Clock horloge = nom.equals("avance-d09.json") ? Fixtures.a("2025-12-01T10:00:00Z") : Fixtures.APRES_LES_EXEMPLES;
        SourcesDeRessources embarque = nom.contains("d14") ? Fixtures.avecEligibilite("demandes/eligibilite.json")
                : SourcesDeRessources.defaut();
        byte[] octets = Fixtures.octets(fixture);

        Resultat r1 = Fixtures.simuler(octets, Fixtures.parametres("SONS-V2-DEMO-DPI", type, taux), horloge, embarque);
        Resultat r2 = Fixtures.simuler(TraducteurPack.traduire(octets),
                Fixtures.parametres("SONS-V2-DEMO-DPI", type, taux), horloge, embarque.avecFormat(Fixtures.PACK_ESSAI));

        assertThat(r1.etat()).isNotEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r2.etat()).isEqualTo(r1.etat());
        assertThat(r2.etape()).isEqualTo(r1.etape());
        assertThat(r2.versions().format()).isEqualTo("essai-2026.1");
        // Document order follows each pack's nesting: the same errors, not necessarily in the same order.
        assertThat(constats(r2)).containsExactlyInAnyOrderElementsOf(constats(r1).stream().map(Constat::traduit).toList());
    }

    @Test
    void lesMessagesEcriventDatesEtMontantsCommeLeFichier() {
        Resultat r = Fixtures.simuler(TraducteurPack.traduire(Fixtures.octets("demandes/avance-d10.json")),
                Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES,
                SourcesDeRessources.defaut().avecFormat(Fixtures.PACK_ESSAI));

        assertThat(r.anomalies().get(2)).extracting(Erreur::libelle).containsExactly("La date de signature 18/12/2025 "
                + "du bon de commande est postérieure à la date limite du 17/12/2025.");
    }

    /** What must agree: code and chemin of each error and anomaly, whether it is placed, and attendu / autres. */
    private record Constat(Code code, String chemin, boolean place, String attendu, List<Integer> autres) {
        Constat traduit() {
            return new Constat(code, TraducteurPack.chemin(chemin), place, TraducteurPack.attendu(attendu), autres);
        }
    }

    private static List<Constat> constats(Resultat r) {
        List<Erreur> toutes = new ArrayList<>(r.erreurs());
        r.anomalies().values().forEach(toutes::addAll);
        return toutes.stream()
                .map(e -> new Constat(e.code(), e.chemin(), e.ligne() != null && e.colonne() != null, e.attendu(),
                        e.autres()))
                .toList();
    }
}
