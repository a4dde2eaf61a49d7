package fr.simulateursons.moteur.pack;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a format pack's files are read from: the classpath (the bundled pack), a directory, or another store
 * (the Lambda adapter reads an S3 prefix). Paths are the manifest's, relative to the pack, with {@code /}.
 */
public interface SourcePack {

    /** The manifest's name in every pack. */
    String MANIFESTE = "format.json";

    /** Where the pack is, as R01 and the pack's fault messages show it. */
    String chemin();

    InputStream ouvrir(String relatif) throws IOException;

    /**
     * A pack that never changes within a process, and whose checks the build runs (the bundled one): it is read
     * once, and only {@link ChargementPack#verifier} checks it.
     */
    default boolean immuable() {
        return false;
    }

    /** The vague 2 format of spec §2, bundled in the jar. */
    static SourcePack embarque() {
        return Embarque.INSTANCE;
    }

    static SourcePack dossier(Path dossier) {
        return new SourcePack() {
            @Override
            public String chemin() {
                return dossier.toString();
            }

            @Override
            public InputStream ouvrir(String relatif) throws IOException {
                Path p = dossier.resolve(relatif).normalize();
                // The manifest's schema refuses "..", this keeps a link or an absolute path from leaving the pack.
                if (!p.startsWith(dossier.normalize())) {
                    throw new FileNotFoundException(relatif + " est hors du pack");
                }
                return Files.newInputStream(p);
            }
        };
    }

    /** The bundled pack. */
    final class Embarque implements SourcePack {
        private static final String RACINE = "format-sons/vague2/";
        static final Embarque INSTANCE = new Embarque();

        private Embarque() {
        }

        @Override
        public String chemin() {
            return "classpath:" + RACINE;
        }

        @Override
        public InputStream ouvrir(String relatif) throws IOException {
            InputStream in = SourcePack.class.getClassLoader().getResourceAsStream(RACINE + relatif);
            if (in == null) {
                throw new FileNotFoundException(RACINE + relatif);
            }
            return in;
        }

        @Override
        public boolean immuable() {
            return true;
        }
    }
}
