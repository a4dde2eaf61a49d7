package fr.simulateursons.moteur.fichier;

import fr.simulateursons.moteur.Fichier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file that keeps what the engine read of it, so that a report (the attestation's SHA-256) can read it again
 * without a second trip to the store. It keeps the bytes only when the engine read the file to its end, that is a
 * file of at most 4 Mo: a larger one is never held.
 */
public final class FichierRetenu implements Fichier {

    private final Fichier source;
    private volatile byte[] lus;

    public FichierRetenu(Fichier source) {
        this.source = source;
    }

    @Override
    public OptionalLong taille() {
        return source.taille();
    }

    @Override
    public InputStream ouvrir() throws IOException {
        byte[] deja = lus;
        if (deja != null) {
            return new ByteArrayInputStream(deja);
        }
        ByteArrayOutputStream copie = new ByteArrayOutputStream();
        return new FilterInputStream(source.ouvrir()) {
            private boolean fin;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    fin = true;
                } else {
                    copie.write(b);
                }
                return b;
            }

            @Override
            public int read(byte[] t, int debut, int longueur) throws IOException {
                int n = super.read(t, debut, longueur);
                if (n < 0) {
                    fin = true;
                } else {
                    copie.write(t, debut, n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                super.close();
                if (fin && copie.size() <= LectureFichier.TAILLE_MAX) {
                    lus = copie.toByteArray();
                }
            }
        };
    }

    /** The file as the engine read it whole, if it did. */
    public Optional<Fichier> lu() {
        byte[] l = lus;
        return l == null ? Optional.empty() : Optional.of(Fichier.de(l));
    }
}
