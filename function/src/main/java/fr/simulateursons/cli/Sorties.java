package fr.simulateursons.cli;

import fr.simulateursons.moteur.Raisons;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A command's files, whole or not at all: each is written to a temporary file in its own directory, and moved into
 * place (an atomic rename) only once every one of them is whole. A write that fails — a full disk, a directory that
 * refuses — leaves every earlier file as it was and no new one.
 */
final class Sorties {

    /** What a file's content is written by. */
    @FunctionalInterface
    interface Ecriture {
        void ecrire(OutputStream sortie) throws IOException;
    }

    /** A write that could not be made: the file, and why in French. */
    static final class Echec extends IOException {
        Echec(Path fichier, IOException cause) {
            super("Le fichier " + fichier + " ne peut pas être écrit : " + Raisons.de(fichier, cause) + ".", cause);
        }
    }

    private static final RandomGenerator ALEA = new SecureRandom();

    private final Map<Path, Path> temporaires = new LinkedHashMap<>();

    /**
     * Writes {@code cible}'s content aside; nothing is visible at {@code cible} before {@link #publier()}. A link is
     * kept: its target is what gets replaced. A destination that is not a file — a device, a FIFO, a terminal, such
     * as {@code /dev/stderr} — has nothing to replace and is written straight away.
     */
    void preparer(Path cible, Ecriture ecriture) throws Echec {
        Path tmp = null;
        try {
            Path reelle = Files.exists(cible) ? cible.toRealPath() : cible.toAbsolutePath();
            if (Files.exists(reelle) && !Files.isRegularFile(reelle)) {
                try (OutputStream o = Files.newOutputStream(reelle)) {
                    ecriture.ecrire(o);
                }
                return;
            }
            tmp = aCote(reelle, "tmp");
            // Created as any file the user writes (the umask's mode), or with the mode of the file it replaces.
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ecriture.ecrire(o);
            }
            // On the disk before it takes the name: a crash then leaves the earlier file or this one, never an empty one.
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            if (Files.exists(reelle)) {
                garderLeMode(reelle, tmp);
            }
            temporaires.put(reelle, tmp);
        } catch (IOException | RuntimeException e) {
            supprimer(tmp);
            abandonner();
            throw new Echec(cible, entreeSortie(e));
        }
    }

    /**
     * Every prepared file moved into place. If one cannot be, those already moved are put back as they were: each
     * file replaced is first kept under a second name (a hard link, nothing copied), which the end of the
     * publication removes.
     */
    void publier() throws Echec {
        Map<Path, Path> anciens = new LinkedHashMap<>();
        List<Path> publies = new ArrayList<>();
        for (Map.Entry<Path, Path> e : temporaires.entrySet()) {
            Path cible = e.getKey();
            try {
                if (temporaires.size() > 1 && Files.exists(cible)) {
                    garder(cible).ifPresent(ancien -> anciens.put(cible, ancien));
                }
                deplacer(e.getValue(), cible);
                publies.add(cible);
            } catch (IOException x) {
                for (Path publie : publies) {
                    retablir(publie, anciens.remove(publie));
                }
                anciens.values().forEach(Sorties::supprimer);
                abandonner();
                throw new Echec(cible, x);
            }
        }
        anciens.values().forEach(Sorties::supprimer);
        temporaires.clear();
    }

    /** The temporary files removed: nothing of this command's files remains. */
    void abandonner() {
        temporaires.values().forEach(Sorties::supprimer);
        temporaires.clear();
    }

    /**
     * The failure of the file system behind {@code e}: writers wrap it (Jackson in its own unchecked exception,
     * others in {@link UncheckedIOException}); anything else is no write failure and goes on.
     */
    private static IOException entreeSortie(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        throw (RuntimeException) e;
    }

    /** A free name beside {@code cible}, hidden: {@code .NAME.RANDOM.suffixe}. */
    private static Path aCote(Path cible, String suffixe) {
        return cible.resolveSibling("." + cible.getFileName() + "." + Long.toHexString(ALEA.nextLong()) + "." + suffixe);
    }

    private static void garderLeMode(Path modele, Path fichier) throws IOException {
        try {
            Files.setPosixFilePermissions(fichier, Files.getPosixFilePermissions(modele));
        } catch (UnsupportedOperationException pasPosix) {
            // A file system without POSIX modes has nothing to keep.
        }
    }

    /** The file as it is now, under a second name; none where hard links are not offered (then no way back). */
    private static Optional<Path> garder(Path cible) {
        Path ancien = aCote(cible, "ancien");
        try {
            return Optional.of(Files.createLink(ancien, cible));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void retablir(Path publie, Path ancien) {
        try {
            if (ancien == null) {
                Files.deleteIfExists(publie);
            } else {
                deplacer(ancien, publie);
            }
        } catch (IOException e) {
            // Nothing better to do: the command already reports the failure of the publication.
        }
    }

    private static void deplacer(Path source, Path cible) throws IOException {
        try {
            Files.move(source, cible, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, cible, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void supprimer(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignoree) {
                // What cannot be removed was never visible under its final name.
            }
        }
    }
}
