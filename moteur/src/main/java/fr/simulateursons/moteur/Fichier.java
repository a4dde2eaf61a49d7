package fr.simulateursons.moteur;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The file to simulate, as an adapter sees it: a stream to open once, and its size when the store knows it. */
public interface Fichier {

    /** 4 Mo as the portal counts them (F01). */
    int TAILLE_MAX = 4_194_304;

    /** The size announced by the store (file system, S3 Content-Length), when known before reading. */
    OptionalLong taille();

    InputStream ouvrir() throws IOException;

    /** Bytes already in memory. */
    static Fichier de(byte[] octets) {
        return new Fichier() {
            @Override
            public OptionalLong taille() {
                return OptionalLong.of(octets.length);
            }

            @Override
            public InputStream ouvrir() {
                return new ByteArrayInputStream(octets);
            }
        };
    }

    /** A local file, its size from the file system. */
    static Fichier de(Path chemin) {
        return new Fichier() {
            @Override
            public OptionalLong taille() {
                try {
                    return OptionalLong.of(Files.size(chemin));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public InputStream ouvrir() throws IOException {
                return Files.newInputStream(chemin);
            }
        };
    }
}
