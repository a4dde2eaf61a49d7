package fr.simulateursons.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
