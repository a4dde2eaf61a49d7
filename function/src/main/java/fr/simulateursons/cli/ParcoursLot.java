package fr.simulateursons.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a lot: every {@code .json} file under the directory's real path, in path order, but the sidecar,
 * what lies under the run's output, and any link that leads out of the directory (skipped, with a message on
 * stderr: a link would make the run read, and report on, a file that is not part of the archive).
 */
final class ParcoursLot {

    private final Path dossier;
    private final Path reel;
    private final PrintStream err;

    /** @param dossier as the user named it, for messages; its real path is walked */
    ParcoursLot(Path dossier, PrintStream err) throws IOException {
        this.dossier = dossier;
        this.reel = dossier.toRealPath();
        this.err = err;
    }

    Path reel() {
        return reel;
    }

    /** A file's key in the run: its path below the directory, with {@code /}. */
    String cle(Path fichier) {
        return reel.relativize(fichier).toString().replace('\\', '/');
    }

    List<Path> fichiers(Path racineSortie, Path fichierParametres) throws IOException {
        Map<Path, BasicFileAttributes> trouves = new TreeMap<>();
        Files.walkFileTree(reel, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attributs) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    trouves.put(p, attributs);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Path sortie = Chemins.reel(racineSortie);
        Chemins.Designe parametres = Chemins.designe(fichierParametres);
        List<Path> fichiers = new ArrayList<>();
        for (Map.Entry<Path, BasicFileAttributes> trouve : trouves.entrySet()) {
            Path p = trouve.getKey();
            // The walk follows no link, so a file it meets under a real directory is at its real path: only a link
            // costs the system calls of resolving it, and the attributes of what it leads to.
            boolean lien = trouve.getValue().isSymbolicLink();
            BasicFileAttributes attributs = lien ? cibleDuLien(p) : trouve.getValue();
            if (attributs == null || !attributs.isRegularFile()) {
                continue;
            }
            Path cible = lien ? p.toRealPath() : p;
            if (!cible.startsWith(reel)) {
                err.println("Le lien " + dossier.resolve(reel.relativize(p)) + " mène hors du dossier : ignoré.");
            } else if (!p.startsWith(sortie) && !cible.startsWith(sortie) && !parametres.est(p, cible, attributs)) {
                fichiers.add(p);
            }
        }
        return fichiers;
    }

    /** What a link leads to, or null when it leads nowhere: a broken link is no file to simulate. */
    private static BasicFileAttributes cibleDuLien(Path lien) {
        try {
            return Files.readAttributes(lien, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
