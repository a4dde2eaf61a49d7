package fr.simulateursons.cli;

import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.Simulation;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.format.FormatSons;
import fr.simulateursons.revalidation.Ligne;
import fr.simulateursons.revalidation.MagasinFichiers;
import fr.simulateursons.revalidation.Manifeste;
import fr.simulateursons.revalidation.ParametresDuLot;
import fr.simulateursons.revalidation.Runs;
import fr.simulateursons.revalidation.Verdict;
import fr.simulateursons.sortie.Entree;
import fr.simulateursons.sortie.Statut;
import fr.simulateursons.sortie.StatutJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code simuler-lot}: the re-validation of an archive on a laptop. Every {@code .json} file under DOSSIER is
 * simulated with the parameters of the sidecar, against the resources given now; statuses, verdicts and the
 * report are written under {@code --sortie}, and the verdicts are compared with the previous run there.
 */
@Command(name = "simuler-lot", sortOptions = false,
        description = "Re-valide un dossier de fichiers JSON et rapporte les verdicts qui ont changé depuis le run précédent.")
final class SimulerLotCommande implements Callable<Integer> {

    @Option(names = "--parametres", paramLabel = "FICHIER",
            description = "Les paramètres de chaque fichier (défaut : DOSSIER/parametres.json).")
    Path parametres;

    @Option(names = "--sortie", paramLabel = "DOSSIER", description = "Où écrire les runs (défaut : DOSSIER/revalidations).")
    Path sortie;

    @Option(names = "--run-id", paramLabel = "ID", description = "L'identifiant du run (défaut : l'heure UTC).")
    String runId;

    @Mixin
    OptionsRessources ressources;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier des fichiers à re-valider.")
    Path dossier;

    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    SimulerLotCommande(Clock horloge, PrintStream out, PrintStream err) {
        this.horloge = horloge;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dossier)) {
            err.println("Le dossier " + dossier + " n'existe pas.");
            return Main.LIGNE_DE_COMMANDE;
        }
        Path fichierParametres = parametres != null ? parametres : dossier.resolve("parametres.json");
        ParametresDuLot lot;
        if (Files.exists(fichierParametres)) {
            try (InputStream in = Files.newInputStream(fichierParametres)) {
                lot = ParametresDuLot.lire(in);
            } catch (IOException | RuntimeException e) {
                err.println("Le fichier de paramètres " + fichierParametres + " ne peut pas être lu : " + e.getMessage());
                return Main.LIGNE_DE_COMMANDE;
            }
        } else {
            lot = ParametresDuLot.aucun();
        }
        Path racineSortie = sortie != null ? sortie : dossier.resolve("revalidations");
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = runId != null ? runId : debut.toString().replace(':', '-');
        List<Path> aSimuler = fichiers(racineSortie.toAbsolutePath().normalize(), fichierParametres.toAbsolutePath().normalize());
        Runs runs = new Runs(new MagasinFichiers(racineSortie));
        Manifeste manifeste = runs.ouvrir(id, "", debut, aSimuler.size(), 1);

        Simulation simulation = new Simulation(horloge, FormatSons.defaut());
        List<Ligne> lignes = new ArrayList<>();
        for (Path f : aSimuler) {
            String cle = dossier.relativize(f).toString().replace('\\', '/');
            Instant d = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            Resultat r = simulation.simuler(lot.pour(cle), Fichier.de(f), ressources.sources());
            Statut statut = Statut.de(UUID.nameUUIDFromBytes((id + "/" + cle).getBytes(StandardCharsets.UTF_8)).toString(),
                    r, new Entree(cle, null, null, Files.size(f)), null, d,
                    horloge.instant().truncatedTo(ChronoUnit.MILLIS));
            runs.statut(id, cle, StatutJson.texte(statut));
            Verdict v = Verdict.de(r);
            runs.verdict(id, cle, v);
            lignes.add(new Ligne(cle, null, runs.avant(manifeste.precedent(), cle, Optional::empty), v));
        }
        out.println(runs.conclure(manifeste, horloge.instant().truncatedTo(ChronoUnit.SECONDS), true, lignes));
        return Main.REUSSI;
    }

    private List<Path> fichiers(Path racineSortie, Path fichierParametres) throws IOException {
        try (Stream<Path> s = Files.walk(dossier)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(racineSortie))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(fichierParametres))
                    .sorted()
                    .toList();
        }
    }
}
