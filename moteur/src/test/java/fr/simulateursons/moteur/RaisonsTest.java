package fr.simulateursons.moteur;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Why a file cannot be read or written, in French words: the failures the file system really gives (a loop of links,
 * a dangling link, a directory, a FIFO, a missing file, a full disk), never the name of Java's exception.
 */
class RaisonsTest {

    @TempDir
    Path dossier;

    private static String raisonALaLecture(Path p) {
        Throwable e = catchThrowable(() -> Files.readAllBytes(p));
        assertThat(e).isNotNull();
        return Raisons.de(p, e);
    }

    @Test
    void uneBoucleDeLiensEnEstUneEtPasUnFichierAbsent() throws IOException {
        Path a = dossier.resolve("a.json");
        Path b = dossier.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThat(raisonALaLecture(a)).isEqualTo("boucle de liens symboliques");
        assertThat(Raisons.pasUnFichier(a)).isEqualTo("boucle de liens symboliques");
    }

    @Test
    void unLienCasseMeneAUnFichierQuiNExistePas() throws IOException {
        Path lien = Files.createSymbolicLink(dossier.resolve("lien.json"), dossier.resolve("parti.json"));

        assertThat(raisonALaLecture(lien)).isEqualTo("le lien mène à un fichier qui n'existe pas");
        assertThat(Raisons.pasUnFichier(lien)).isEqualTo("le lien mène à un fichier qui n'existe pas");
        assertThat(raisonALaLecture(Path.of("/proc/x.json"))).isEqualTo("il n'existe pas");
    }

    @Test
    void ceQuiNEstPasUnFichierOrdinaireLeDit() throws Exception {
        Path tube = dossier.resolve("tube.json");
        assertThat(new ProcessBuilder("mkfifo", tube.toString()).start().waitFor()).isZero();

        assertThat(Raisons.pasUnFichier(dossier)).isEqualTo("c'est un dossier");
        assertThat(raisonALaLecture(dossier)).isEqualTo("c'est un dossier");
        assertThat(Raisons.pasUnFichier(tube)).isEqualTo("ce n'est pas un fichier ordinaire (tube nommé)");
        assertThat(Raisons.pasUnFichier(Path.of("/dev/zero"))).startsWith("ce n'est pas un fichier ordinaire");
        assertThat(Raisons.pasUnFichier(dossier.resolve("absent.json"))).isEqualTo("il n'existe pas");
    }

    @Test
    void unDisquePleinEtUnAccesRefuse() throws IOException {
        Throwable plein = catchThrowable(() -> Files.write(Path.of("/dev/full"), new byte[1]));

        assertThat(Raisons.de(null, plein)).isEqualTo("disque plein");
        assertThat(Raisons.de(null, new AccessDeniedException("/etc/shadow"))).isEqualTo("accès refusé");
    }
}
