package fr.simulateursons.moteur.revalidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Runs kept in a local directory, for {@code simuler-lot}. Each file is written beside its place under a temporary
 * name, flushed to the disk, then renamed over it: a full disk or a crash leaves the earlier file or none, never a
 * truncated one (a rename within a directory is atomic).
 */
final class MagasinFichiers implements Runs.Magasin {

    private static final SecureRandom ALEA = new SecureRandom();

    private final Path racine;

    MagasinFichiers(Path racine) {
        this.racine = racine;
    }

    Path racine() {
        return racine;
    }

    @Override
    public Optional<byte[]> lire(String chemin) {
        try {
            return Optional.of(Files.readAllBytes(racine.resolve(chemin)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void ecrire(String chemin, byte[] contenu, String typeDeContenu) {
        Path f = racine.resolve(chemin);
        Path temporaire = null;
        try {
            Files.createDirectories(f.getParent());
            // Created as any file of the user's (its umask), not as a private temporary file.
            temporaire = f.resolveSibling("." + f.getFileName() + "." + Long.toHexString(ALEA.nextLong()) + ".tmp");
            try (FileChannel c = FileChannel.open(temporaire, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(contenu);
                while (b.hasRemaining()) {
                    c.write(b);
                }
                c.force(true);
            }
            Files.move(temporaire, f, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            supprimer(temporaire, e);
            throw new UncheckedIOException(e);
        }
    }

    private static void supprimer(Path temporaire, IOException cause) {
        if (temporaire == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporaire);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
