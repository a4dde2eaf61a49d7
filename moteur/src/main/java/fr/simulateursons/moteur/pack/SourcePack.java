package fr.simulateursons.moteur.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a format pack (spec §6) — or a catalogue of packs, a directory whose immediate subdirectories are packs — is
 * read from: the classpath (the bundled catalogue), a directory, or another store (the Lambda adapter reads an S3
 * prefix). Paths are the manifest's, relative to the pack, with {@code /}.
 */
public interface SourcePack {

    /** The manifest's name in every pack. */
    String MANIFESTE = "format.json";

    /**
     * The largest file a pack, or a replaced resource, may hold: far above any schema or example (a file simulated is
     * at most 4 Mo), and a bound on what a link to {@code /dev/zero} or a huge object could make the engine read.
     */
    int TAILLE_MAX = 32 * 1024 * 1024;

    /** Where the pack is, as R01 and the pack's fault messages show it. */
    String chemin();

    /**
     * A file of the pack, read whole.
     *
     * @throws java.nio.file.NoSuchFileException when there is none
     * @throws FichierRefuse                     when it is not a regular file inside the pack, or is larger than
     *                                           {@link #TAILLE_MAX}
     */
    byte[] lire(String relatif) throws IOException;

    /** The immediate subdirectories, by name, in order: the packs, if this is a catalogue. */
    List<String> sousDossiers() throws IOException;

    /** The pack in subdirectory {@code nom}. */
    SourcePack sous(String nom);

    /**
     * What identifies the files under this source as they are now — each one's path with its size and date, or its
     * ETag — when the store gives it in one cheap look (a listing); empty when it cannot. While it is unchanged, what
     * was read before is used again: a simulation then costs that one look, not a read of every file.
     */
    default Optional<String> signature() {
        return Optional.empty();
    }

    /**
     * A pack that never changes within a process, and whose checks the build runs (the bundled one): it is read
     * once, and only {@link Catalogues#verifier} checks it.
     */
    default boolean immuable() {
        return false;
    }

    /** The bundled catalogue: the vague 2 format, in force from the opening of the avance portal. */
    static SourcePack embarque() {
        return PackEmbarque.CATALOGUE;
    }

    static SourcePack dossier(Path dossier) {
        return new PackEnDossier(dossier);
    }

    /** A file refused before it is read whole: its reason in French. */
    final class FichierRefuse extends IOException {
        public FichierRefuse(String raison) {
            super(raison);
        }
    }

    /** At most {@link #TAILLE_MAX} bytes of a stream, else the refusal that says so. */
    static byte[] borne(InputStream in) throws IOException {
        try (in) {
            byte[] octets = in.readNBytes(TAILLE_MAX + 1);
            if (octets.length > TAILLE_MAX) {
                throw new FichierRefuse("le fichier dépasse " + TAILLE_MAX / 1024 / 1024 + " Mio");
            }
            return octets;
        }
    }
}
