package fr.simulateursons.moteur.fichier;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.Code;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class LectureFichierTest {

    /** An endless stream of spaces that counts what was taken from it, with the size it claims. */
    static final class Flot extends InputStream {
        long lus;

        @Override
        public int read() {
            lus++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            lus += len;
            return len;
        }
    }

    private static Fichier fichier(OptionalLong taille, InputStream in) {
        return new Fichier() {
            @Override
            public OptionalLong taille() {
                return taille;
            }

            @Override
            public InputStream ouvrir() {
                return in;
            }
        };
    }

    private static Fichier deTaille(int n) {
        return fichier(OptionalLong.of(n), new java.io.ByteArrayInputStream(new byte[n]));
    }

    @Test
    void quatreMegaOctetsExactementPassent() throws Exception {
        LectureFichier.Lecture r = LectureFichier.lire(deTaille(4_194_304));

        assertThat(r.erreur()).isEmpty();
        assertThat(r.octets()).hasSize(4_194_304);
    }

    @Test
    void unOctetDePlusEstF01() throws Exception {
        assertThat(LectureFichier.lire(deTaille(4_194_305)).erreur()).get()
                .extracting(e -> e.code(), e -> e.libelle())
                .containsExactly(Code.F01, "Le fichier est trop volumineux. Il ne doit pas excéder 4 Mo.");
    }

    @Test
    void uneTailleAnnonceeTropGrandeNeLitRien() throws Exception {
        Flot flot = new Flot();

        assertThat(LectureFichier.lire(fichier(OptionalLong.of(5_000_000), flot)).erreur()).isPresent();
        assertThat(flot.lus).isZero();
    }

    @Test
    void unFlotSansFinNEstPasLuAuDelaDeLaLimite() throws Exception {
        Flot flot = new Flot();

        assertThat(LectureFichier.lire(fichier(OptionalLong.empty(), flot)).erreur()).isPresent();
        assertThat(flot.lus).isEqualTo(4_194_305);
    }
}
