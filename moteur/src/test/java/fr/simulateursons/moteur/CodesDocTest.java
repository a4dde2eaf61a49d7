package fr.simulateursons.moteur;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/CODES.md is the users' copy of the catalogue: it must say exactly what the code says. */
class CodesDocTest {

    @Test
    void chaqueCodeEtSonMessageFigurentDansLaDocumentation() throws IOException {
        String doc = Files.readString(Path.of("../docs/CODES.md"));

        for (Code code : Code.values()) {
            String etape = code.etape() == null ? "(resources)" : code.etape().name();
            assertThat(doc).contains("| " + code.name() + " | " + etape + " | " + code.libelle("%s", "%s") + " |");
        }
        for (String message : new String[] {Messages.REUSSI, Messages.REJETE_FICHIER_DE_RETOUR, Messages.ERREUR_INTERNE}) {
            assertThat(doc).contains(message);
        }
    }
}
