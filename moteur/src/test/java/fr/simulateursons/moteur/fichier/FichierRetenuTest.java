package fr.simulateursons.moteur.fichier;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FichierRetenuTest {

    /** A file that counts how often it is opened. */
    private static Fichier compte(byte[] octets, AtomicInteger ouvertures) {
        return new Fichier() {
            @Override
            public OptionalLong taille() {
                return OptionalLong.of(octets.length);
            }

            @Override
            public InputStream ouvrir() throws IOException {
                ouvertures.incrementAndGet();
                return Fichier.de(octets).ouvrir();
            }
        };
    }

    @Test
    void ceQueLeMoteurALuEntierEstRelu() throws IOException {
        byte[] octets = Fixtures.exemple("avance-valide.json");
        AtomicInteger ouvertures = new AtomicInteger();
        FichierRetenu f = new FichierRetenu(compte(octets, ouvertures));

        new Simulation(Fixtures.APRES_LES_EXEMPLES).simuler(Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), f,
                SourcesDeRessources.defaut());

        try (InputStream relu = f.lu().orElseThrow().ouvrir()) {
            assertThat(relu.readAllBytes()).isEqualTo(octets);
        }
        assertThat(ouvertures).hasValue(1);
    }

    @Test
    void unFichierLuJusquALaLimiteSeulementNEstPasRetenu() {
        byte[] trop = new byte[LectureFichier.TAILLE_MAX + 10];
        // No size announced: the engine reads one byte past the limit, never to the end.
        FichierRetenu f = new FichierRetenu(new Fichier() {
            @Override
            public OptionalLong taille() {
                return OptionalLong.empty();
            }

            @Override
            public InputStream ouvrir() throws IOException {
                return Fichier.de(trop).ouvrir();
            }
        });

        new Simulation(Fixtures.APRES_LES_EXEMPLES).simuler(Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), f,
                SourcesDeRessources.defaut());

        assertThat(f.lu()).isEmpty();
    }
}
