package fr.simulateursons.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report written by a command: whole, or the earlier file untouched. */
class EcritureAtomiqueTest {

    @TempDir
    Path dossier;

    private long fichiers() throws IOException {
        try (Stream<Path> s = Files.list(dossier)) {
            return s.count();
        }
    }

    @Test
    void unFichierEcritRemplaceLAncienEntier() throws IOException {
        Path f = Files.writeString(dossier.resolve("rapport.xml"), "ancien");

        EcritureAtomique.ecrire(f, w -> w.write("nouveau"));

        assertThat(f).hasContent("nouveau");
        assertThat(fichiers()).isEqualTo(1);
    }

    @Test
    void uneRedactionQuiEchoueEnCoursDeRouteLaisseLAncienFichierEtAucunTemporaire() throws IOException {
        Path f = Files.writeString(dossier.resolve("rapport.xml"), "ancien");

        assertThatThrownBy(() -> EcritureAtomique.ecrire(f, w -> {
            w.write("x".repeat(100_000));
            throw new IOException("disque plein");
        })).hasMessage("disque plein");

        assertThat(f).hasContent("ancien");
        assertThat(fichiers()).isEqualTo(1);
    }

    @Test
    void unLienEstEcritLaOuIlMeneEtUnPeripheriqueNEstJamaisRemplace() throws Exception {
        Path cible = Files.writeString(dossier.resolve("vrai.xml"), "ancien");
        Path lien = Files.createSymbolicLink(dossier.resolve("lien.xml"), cible);
        Path tube = dossier.resolve("tube.xml");
        assertThat(new ProcessBuilder("mkfifo", tube.toString()).start().waitFor()).isZero();
        // A reader at the other end, as a shell's process substitution would be.
        Process lecteur = new ProcessBuilder("cat", tube.toString()).start();

        EcritureAtomique.ecrire(lien, w -> w.write("nouveau"));
        EcritureAtomique.ecrire(tube, w -> w.write("par le tube"));

        assertThat(Files.isSymbolicLink(lien)).isTrue();
        assertThat(cible).hasContent("nouveau");
        assertThat(new String(lecteur.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("par le tube");
        assertThat(Files.isRegularFile(tube, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(fichiers()).isEqualTo(3);
    }
}
