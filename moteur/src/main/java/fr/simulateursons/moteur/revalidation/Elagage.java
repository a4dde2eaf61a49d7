package fr.simulateursons.moteur.revalidation;

import fr.simulateursons.moteur.json.JsonStrict;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pruning of a local store ({@code simuler-lot --conserver N}): the N last complete runs are kept, by start then
 * id, and every run older than the oldest of them is deleted, complete or not, but the reference ({@code dernier.json}),
 * which is never deleted. A run younger than that (one in progress elsewhere, one that failed) is kept, and so is
 * anything in the directory that is not a run (no manifest). A run is renamed out of sight before it is deleted, so
 * that a deletion cut short leaves no half-run that a later run would take for one.
 */
final class Elagage {

    private static final String ELAGUE = ".elague-";
    private static final Comparator<Run> DU_PLUS_RECENT = Comparator.comparing(Run::debut)
            .thenComparing(Run::runId).reversed();

    private Elagage() {
    }

    /** Deletes what {@code conserver} does not keep; returns the ids deleted, oldest last. */
    static List<String> elaguer(MagasinFichiers magasin, int conserver) throws IOException {
        Runs runs = new Runs(magasin);
        Optional<String> reference = runs.dernierComplet();
        List<Run> tous = new ArrayList<>();
        List<Path> restes = new ArrayList<>();
        try (Stream<Path> s = Files.list(magasin.racine())) {
            for (Path p : s.toList()) {
                String nom = p.getFileName().toString();
                if (nom.startsWith(ELAGUE)) {
                    restes.add(p);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    runs.manifeste(nom).filter(r -> r.runId().equals(nom)).ifPresent(tous::add);
                }
            }
        }
        tous.sort(DU_PLUS_RECENT);
        List<Run> complets = tous.stream().filter(r -> complet(magasin, r.runId())).toList();
        List<String> supprimes = new ArrayList<>();
        if (complets.size() >= conserver) {
            Run dernierGarde = complets.get(conserver - 1);
            for (Run r : tous) {
                if (DU_PLUS_RECENT.compare(r, dernierGarde) > 0 && !reference.equals(Optional.of(r.runId()))) {
                    Path cache = magasin.racine().resolve(ELAGUE + r.runId());
                    Files.move(magasin.racine().resolve(r.runId()), cache);
                    restes.add(cache);
                    supprimes.add(r.runId());
                }
            }
        }
        for (Path p : restes) {
            supprimerArbre(p);
        }
        return supprimes;
    }

    private static boolean complet(MagasinFichiers magasin, String runId) {
        return magasin.lire(runId + "/" + Runs.RAPPORT)
                .map(o -> JsonStrict.MAPPER.readTree(o).path("complet").asBoolean(false)).orElse(false);
    }

    /** A directory and all it holds; links are deleted, never followed. */
    private static void supprimerArbre(Path racine) throws IOException {
        Files.walkFileTree(racine, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
