package fr.simulateursons.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What the commands need to know of paths before they write anything: where a path really leads. */
final class Chemins {

    private Chemins() {
    }

    /**
     * The path with every link resolved, also for a file that does not exist yet: the real path of its nearest
     * existing ancestor, then the rest of it.
     */
    static Path reel(Path chemin) {
        Path courant = chemin.toAbsolutePath();
        Path reste = null;
        while (courant.getParent() != null && !Files.exists(courant)) {
            Path nom = courant.getFileName();
            reste = reste == null ? nom : nom.resolve(reste);
            courant = courant.getParent();
        }
        try {
            Path base = courant.toRealPath();
            return (reste == null ? base : base.resolve(reste)).normalize();
        } catch (IOException e) {
            return chemin.toAbsolutePath().normalize();
        }
    }

    /** Whether writing to {@code a} would write {@code b}: the same path once links are resolved, or a hard link. */
    static boolean meme(Path a, Path b) {
        if (reel(a).equals(reel(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A file that many paths are compared with, as {@link #meme} would, resolved once: a lot's parameters. */
    static Designe designe(Path fichier) {
        BasicFileAttributes attributs = null;
        try {
            attributs = Files.readAttributes(fichier, BasicFileAttributes.class);
        } catch (IOException e) {
            // absent: no file met in a walk can be it, but by its path
        }
        return new Designe(fichier, reel(fichier), attributs == null ? null : attributs.fileKey(), attributs != null);
    }

    record Designe(Path fichier, Path reel, Object cle, boolean existe) {

        /**
         * Whether the file at {@code chemin}, whose real path and attributes the caller has, is this one: the
         * same real path, or a hard link to it (the same file key; where the system has none, as {@link #meme}).
         */
        boolean est(Path chemin, Path reelDuChemin, BasicFileAttributes attributs) {
            if (reelDuChemin.equals(reel)) {
                return true;
            }
            if (!existe) {
                return false;
            }
            return cle != null && attributs.fileKey() != null ? cle.equals(attributs.fileKey()) : meme(chemin, fichier);
        }
    }
}
