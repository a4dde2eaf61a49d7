package fr.simulateursons.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A file written whole or not at all: into a temporary file beside it, flushed to the disk, then renamed over it (a
 * rename within a directory is atomic). A write that fails, a full disk among others, leaves the earlier file as it
 * was and no temporary file.
 */
final class EcritureAtomique {

    private static final SecureRandom ALEA = new SecureRandom();

    /** What writes the file's text. */
    interface Redaction {
        void ecrire(Writer w) throws IOException;
    }

    private EcritureAtomique() {
    }

    /**
     * Writes {@code fichier} whole. A link is written through, at the place it leads to; what exists there and is no
     * regular file (a device such as {@code /dev/stdout}, a FIFO) cannot be replaced by renaming: it is written to
     * as it is, never replaced.
     */
    static void ecrire(Path fichier, Redaction redaction) throws IOException {
        Path absolu = Files.exists(fichier) ? fichier.toRealPath() : fichier.toAbsolutePath();
        if (Files.exists(absolu) && !Files.isRegularFile(absolu)) {
            try (Writer w = Files.newBufferedWriter(absolu, StandardCharsets.UTF_8)) {
                redaction.ecrire(w);
            }
            return;
        }
        // Created as any file of the user's (its umask), not as a private temporary file.
        Path temporaire = absolu.resolveSibling("." + absolu.getFileName() + "." + Long.toHexString(ALEA.nextLong()) + ".tmp");
        try {
            try (FileChannel c = FileChannel.open(temporaire, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream o = Channels.newOutputStream(c);
                Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                redaction.ecrire(w);
                w.flush();
                c.force(true);
            }
            Files.move(temporaire, absolu, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporaire);
            } catch (IOException suppression) {
                e.addSuppressed(suppression);
            }
            throw e;
        }
    }
}
