package fr.simulateursons.moteur;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.ressources.SourceRessource;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;

import fr.simulateursons.moteur.pack.SourcePack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of resource loading: any bytes as a format pack's manifest, or as the référentiel, the
 * dispositifs or the eligibility base (the seeds' last byte picks which), the other resources bundled, on a valid
 * file. A resource that cannot be used is one R01 naming where it was read from, in an ERREUR_INTERNE result; one
 * that can be used gives an ordinary outcome. Never an exception, never an internal error without its R01.
 */
class FuzzRessourcesTest {

    private static final String CHEMIN = "fuzz:ressource";
    private static final byte[] AVANCE = Fixtures.exemple("avance-valide.json");
    /** The prestation values of that example, which are also the bundled dispositifs' plafond keys. */
    private static final List<String> PRESTATIONS = List.of("VA2", "VA1_VA2");

    /**
     * Any bytes as a format pack's manifest, its other files the bundled pack's: R01 {@code format SONS} naming
     * the pack, or an ordinary outcome — or R01 of the dispositifs when a coherent pack maps a prestation of the file
     * to a plafond key the dispositif lacks (the choice docs/decisions.md states; found by this target).
     */
    @FuzzTest(maxDuration = "10s")
    void manifeste(FuzzedDataProvider data) {
        byte[] contenu = data.consumeRemainingAsBytes();
        SourcePack embarque = SourcePack.embarque().sous("vague2");
        SourcePack fuzze = new SourcePack() {
            @Override
            public String chemin() {
                return CHEMIN;
            }

            @Override
            public byte[] lire(String relatif) throws IOException {
                return relatif.equals(SourcePack.MANIFESTE) ? contenu : embarque.lire(relatif);
            }

            @Override
            public List<String> sousDossiers() {
                return List.of();
            }

            @Override
            public SourcePack sous(String nom) {
                throw new UnsupportedOperationException("un pack seul");
            }
        };

        Resultat r = Fixtures.simuler(AVANCE, Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"),
                Fixtures.APRES_LES_EXEMPLES, SourcesDeRessources.defaut().avecFormat(fuzze));

        // Whatever the manifest says, a pack that cannot serve — a plafond key the dispositifs lack included — is
        // the pack's fault, never the bundled resources'.
        verifier(r, CHEMIN);
    }


    @FuzzTest(maxDuration = "10s")
    void ressources(FuzzedDataProvider data) {
        TypeRessource type = data.pickValue(TypeRessource.values());
        byte[] contenu = data.consumeRemainingAsBytes();
        SourceRessource fuzzee = new SourceRessource(type, CHEMIN, () -> new ByteArrayInputStream(contenu));
        SourcesDeRessources d = SourcesDeRessources.defaut();
        SourcesDeRessources sources = new SourcesDeRessources(
                type == TypeRessource.REFERENTIEL ? fuzzee : d.referentiel(),
                type == TypeRessource.DISPOSITIFS ? fuzzee : d.dispositifs(),
                type == TypeRessource.ELIGIBILITE ? Optional.of(fuzzee) : Optional.empty(), d.format());

        Resultat r = Fixtures.simuler(AVANCE, Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"),
                Fixtures.APRES_LES_EXEMPLES, sources);

        verifier(r, CHEMIN);
    }

    private static void verifier(Resultat r, String chemin) {
        if (r.etat() == Etat.ERREUR_INTERNE) {
            assertThat(r.erreurs()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(Code.R01);
                assertThat(e.chemin()).isEqualTo(chemin);
            });
        } else {
            Invariants.jamaisInterne(r);
        }
    }
}
