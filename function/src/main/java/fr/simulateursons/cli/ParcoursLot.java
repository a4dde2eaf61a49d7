package fr.simulateursons.cli;

import fr.simulateursons.moteur.Raisons;

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
 * The files of a lot: every entry named {@code .json} under the directory's real path, in path order, but the
 * sidecar (under any name) and the run's output, which are the command's own. What cannot be simulated is kept with
 * its reason (a FIFO, a device, a directory, a link that leads nowhere, in a loop or out of the directory: a link out
 * would make the run read, and report on, a file that is not part of the archive), so that the run counts and
 * reports every file it found; each is named on stderr with its reason.
 */
final class ParcoursLot {

    /** Where the runs go without {@code --sortie}: {@code DOSSIER/revalidations}. */
    static final String RUNS_PAR_DEFAUT = "revalidations";

    private final Path dossier;
    private final Path reel;
    private final PrintStream err;

    /** @param dossier as the user named it, for messages; its real path is walked */
    ParcoursLot(Path dossier, PrintStream err) throws IOException {
        this.dossier = dossier;
        this.reel = dossier.toRealPath();
        this.err = err;
    }

    /** What the user would call this path: under the directory as named. */
    Path commeNomme(Path p) {
        return dossier.resolve(reel.relativize(p));
    }

    List<FichierDuLot> fichiers(Path racineSortie, Path fichierParametres) throws IOException {
        Path sortie = Chemins.reel(racineSortie);
        Path parDefaut = reel.resolve(RUNS_PAR_DEFAUT);
        Map<Path, BasicFileAttributes> trouves = new TreeMap<>();
        Files.walkFileTree(reel, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributs) {
                // The runs are the command's own output: never walked, however many files they hold; nor those of
                // earlier runs kept in the default place while this one writes elsewhere.
                if (d.equals(sortie)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (d.equals(parDefaut)) {
                    err.println("Le dossier " + commeNomme(d) + " est celui des runs par défaut : non parcouru.");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!d.equals(reel) && json(d)) {
                    trouves.put(d, attributs);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attributs) {
                if (json(p)) {
                    trouves.put(p, attributs);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
                err.println("Le chemin " + commeNomme(p) + " ne peut pas être parcouru : ignoré.");
                return FileVisitResult.CONTINUE;
            }
        });
        Chemins.Designe parametres = Chemins.designe(fichierParametres);
        List<FichierDuLot> fichiers = new ArrayList<>();
        for (Map.Entry<Path, BasicFileAttributes> trouve : trouves.entrySet()) {
            Path p = trouve.getKey();
            String cle = reel.relativize(p).toString().replace('\\', '/');
            FichierDuLot f = examiner(p, cle, trouve.getValue(), sortie, parametres);
            if (f != null) {
                if (f.refus() != null) {
                    err.println("Le fichier " + commeNomme(p) + " n'est pas simulé : " + f.refus()
                            + " (erreur interne du run).");
                }
                fichiers.add(f);
            }
        }
        return fichiers;
    }

    /** The entry as the run takes it, or null when it is the command's own (the sidecar, a run's file). */
    private FichierDuLot examiner(Path p, String cle, BasicFileAttributes attributs, Path sortie,
                                  Chemins.Designe parametres) {
        // The walk follows no link, so an entry under the real directory is at its real path: only a link costs
        // the system calls of resolving it, and the attributes of what it leads to.
        Path cible = p;
        if (attributs.isSymbolicLink()) {
            try {
                attributs = Files.readAttributes(p, BasicFileAttributes.class);
                cible = p.toRealPath();
            } catch (IOException e) {
                return FichierDuLot.refuse(cle, Raisons.de(p, e));
            }
            if (!cible.startsWith(reel)) {
                return FichierDuLot.refuse(cle, "le lien mène hors du dossier, il n'est pas suivi");
            }
        }
        if (cible.startsWith(sortie)) {
            return null;
        }
        if (parametres.est(p, cible, attributs)) {
            if (!p.equals(parametres.reel())) {
                err.println("Le fichier " + commeNomme(p) + " est le fichier de paramètres du lot : ignoré.");
            }
            return null;
        }
        if (attributs.isRegularFile()) {
            return new FichierDuLot(cle, cible, attributs.size(), null);
        }
        return FichierDuLot.refuse(cle, Raisons.pasUnFichier(cible) + " : il n'est pas ouvert");
    }

    private static boolean json(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
