package fr.simulateursons.cli;

import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.Fichier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;

/**
 * One {@code .json} entry that a lot's walk found: a regular file to simulate, or what stands in its place (a FIFO,
 * a link that leads nowhere or out of the directory…) with the reason, in French, why it cannot be simulated, which
 * the run reports as that file's ERREUR_INTERNE.
 *
 * @param cle    the file's key in the run: its path below the directory, with {@code /}
 * @param cible  where its bytes are: the file itself, or the regular file its link leads to
 * @param octets its size when the walk met it
 * @param refus  why it cannot be simulated; null for a regular file
 */
record FichierDuLot(String cle, Path cible, long octets, String refus) implements Fichier {

    /** A file that the lot does not open, or that could not be read: its message is the reason, in French. */
    static final class Illisible extends IOException {
        Illisible(String raison) {
            super(raison);
        }
    }

    static FichierDuLot refuse(String cle, String refus) {
        return new FichierDuLot(cle, null, 0, refus);
    }

    @Override
    public OptionalLong taille() {
        return OptionalLong.of(octets);
    }

    /**
     * Looks again at what is there before opening it, without following a link: the file may have been replaced
     * since the walk, and a FIFO or a device is never opened (opening a FIFO waits for a writer, a device has no end).
     */
    @Override
    public InputStream ouvrir() throws IOException {
        if (refus != null) {
            throw new Illisible(refus);
        }
        BasicFileAttributes a = Files.readAttributes(cible, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            throw new Illisible("il a été remplacé pendant le run par autre chose qu'un fichier ordinaire");
        }
        return Files.newInputStream(cible, LinkOption.NOFOLLOW_LINKS);
    }

    /** Why a file of the lot could not be read, in French, from what its simulation caught; null for another fault. */
    static String raison(Throwable cause) {
        Throwable c = cause instanceof UncheckedIOException u ? u.getCause() : cause;
        if (c instanceof Illisible) {
            return c.getMessage();
        }
        if (c instanceof NoSuchFileException) {
            return "le fichier a disparu pendant le run";
        }
        return c instanceof IOException ? Raisons.de(null, c) : null;
    }
}
