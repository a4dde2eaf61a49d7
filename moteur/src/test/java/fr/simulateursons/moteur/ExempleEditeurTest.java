package fr.simulateursons.moteur;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exactly the example of a vendor's test in docs/library.md (DocumentationTest holds the copy): it must compile and pass. */
class ExempleEditeurTest {

    private static final Moteur MOTEUR = Moteur.builder().build();

    @Test
    void monExportPasseLeSimulateur() {
        Path export = Path.of("../examples/avance-valide.json");

        Resultat r = MOTEUR.simuler(export, Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertEquals(Etat.REUSSI, r.etat(), () -> r.message() + " " + r.constats());
    }
}
