package fr.simulateursons.moteur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Why a file could not be read or written, in French words, for the refusals and internal errors that a person reads
 * (the CLI's messages, R01's {@code detail}): never a Java class name, which only {@code --debug} shows.
 */
public final class Raisons {

    private Raisons() {
    }

    /** The reason of a failure on {@code chemin} (null when unknown): {@code accès refusé}, {@code disque plein}… */
    public static String de(Path chemin, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        if (cause instanceof FileSystemLoopException || message.contains("too many levels of symbolic links")
                || message.contains("trop de niveaux de liens symboliques") || boucle(chemin)) {
            return "boucle de liens symboliques";
        }
        if (message.contains("no space left") || message.contains("aucun espace disponible")
                || message.contains("disk quota exceeded")) {
            return "disque plein";
        }
        if (cause instanceof AccessDeniedException || message.contains("permission denied")
                || message.contains("permission non accordée") || message.contains("read-only file system")) {
            return "accès refusé";
        }
        if (cause instanceof NoSuchFileException) {
            return chemin != null && Files.isSymbolicLink(chemin) ? "le lien mène à un fichier qui n'existe pas"
                    : "il n'existe pas";
        }
        if (cause instanceof NotDirectoryException) {
            return "un élément du chemin n'est pas un dossier";
        }
        if (cause instanceof FileAlreadyExistsException) {
            return "un fichier de ce nom existe déjà";
        }
        if (message.contains("is a directory")) {
            return "c'est un dossier";
        }
        if (cause instanceof FileSystemException || cause instanceof IOException) {
            return "erreur d'entrée-sortie du système";
        }
        if (cause instanceof OutOfMemoryError) {
            return "mémoire insuffisante";
        }
        return "erreur inattendue";
    }

    /** Whether following the links from {@code chemin} comes back to one already met. */
    private static boolean boucle(Path chemin) {
        if (chemin == null) {
            return false;
        }
        Set<Path> vus = new HashSet<>();
        Path p = chemin.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(p)) {
                if (!vus.add(p) || vus.size() > 40) {
                    return true;
                }
                Path cible = Files.readSymbolicLink(p);
                p = p.resolveSibling(cible).normalize();
            }
            return false;
        } catch (IOException | RuntimeException x) {
            return false;
        }
    }

    /**
     * What a path is when it is no regular file, in French, or null when it is one: a directory, a FIFO, a device —
     * looked at without opening it, since opening a FIFO blocks for ever.
     */
    public static String pasUnFichier(Path chemin) {
        if (Files.isRegularFile(chemin)) {
            return null;
        }
        if (Files.isDirectory(chemin)) {
            return "c'est un dossier";
        }
        if (!Files.exists(chemin, LinkOption.NOFOLLOW_LINKS)) {
            return "il n'existe pas";
        }
        if (Files.isSymbolicLink(chemin) && !Files.exists(chemin)) {
            return boucle(chemin) ? "boucle de liens symboliques" : "le lien mène à un fichier qui n'existe pas";
        }
        return "ce n'est pas un fichier ordinaire (" + nature(chemin) + ")";
    }

    /** What a path that is neither a file nor a directory is, read from its mode where the system gives one. */
    private static String nature(Path chemin) {
        try {
            return switch ((Integer) Files.getAttribute(chemin, "unix:mode") & 0170000) {
                case 0010000 -> "tube nommé";
                case 0020000, 0060000 -> "périphérique";
                case 0140000 -> "socket";
                default -> "fichier spécial";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "tube, périphérique ou socket";
        }
    }
}
