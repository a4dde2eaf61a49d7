package fr.simulateursons.cli;

import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.chaine.Simulation;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.revalidation.Ligne;
import fr.simulateursons.revalidation.MagasinFichiers;
import fr.simulateursons.revalidation.Manifeste;
import fr.simulateursons.revalidation.ParametresDuLot;
import fr.simulateursons.revalidation.Runs;
import fr.simulateursons.revalidation.Verdict;
import fr.simulateursons.sortie.Entree;
import fr.simulateursons.sortie.Statut;
import fr.simulateursons.sortie.StatutJson;
import fr.simulateursons.sortie.rapports.FichierSimule;
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

    @Mixin
    OptionsRapports rapports;

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
        if (runId != null && !runIdValide(runId)) {
            err.println("L'identifiant de run " + runId + " n'est pas valide : de 1 à 100 lettres, chiffres, « . », "
                    + "« - » ou « _ », commençant par une lettre ou un chiffre, autre que " + Runs.DERNIER + ".");
            return Main.LIGNE_DE_COMMANDE;
        }
        // Every path below is the directory's real one: a DOSSIER given as a link is walked, not taken as empty.
        Path reel = dossier.toRealPath();
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
        List<Path> aSimuler = fichiers(reel, Chemins.reel(racineSortie), fichierParametres);
        List<Path> entrees = new ArrayList<>(aSimuler);
        entrees.add(fichierParametres);
        Optional<String> refus = rapports.refus(entrees);
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }
        Runs runs = new Runs(new MagasinFichiers(racineSortie));
        Manifeste manifeste = runs.ouvrir(id, "", debut, aSimuler.size(), 1);

        Simulation simulation = new Simulation(horloge);
        List<Ligne> lignes = new ArrayList<>();
        List<FichierSimule> simules = new ArrayList<>();
        for (Path f : aSimuler) {
            String cle = reel.relativize(f).toString().replace('\\', '/');
            Instant d = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            Resultat r = simulation.simuler(lot.pour(cle), Fichier.de(f), ressources.sources());
            Statut statut = Statut.de(UUID.nameUUIDFromBytes((id + "/" + cle).getBytes(StandardCharsets.UTF_8)).toString(),
                    r, new Entree(cle, null, null, Files.size(f)), null, d,
                    horloge.instant().truncatedTo(ChronoUnit.MILLIS));
            runs.statut(id, cle, StatutJson.texte(statut));
            Verdict v = Verdict.de(r);
            runs.verdict(id, cle, v);
            lignes.add(new Ligne(cle, null, runs.avant(manifeste.precedent(), cle, Optional::empty), v));
            if (!rapports.demandes.isEmpty()) {
                simules.add(FichierSimule.de(dossier.resolve(cle).toString(), r, statut, Fichier.de(f)));
            }
        }
        String json = runs.conclure(manifeste, horloge.instant().truncatedTo(ChronoUnit.SECONDS), true, lignes);
        rapports.ecrireFichiers(simules);
        if (rapports.versSortieStandard()) {
            rapports.ecrireSortieStandard(simules, out);
        } else {
            out.println(json);
        }
        return Main.REUSSI;
    }

    /** A run id names a directory under {@code --sortie}: one name, never a path out of it. */
    static boolean runIdValide(String id) {
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") && !id.equals(Runs.DERNIER);
    }

    /**
     * The {@code .json} files to simulate, under the directory's real path {@code reel}: not the sidecar, nothing
     * under the output, and no link that leads out of the directory (skipped, with a message on stderr: a link
     * would make the run read, and report on, a file that is not part of the archive).
     */
    private List<Path> fichiers(Path reel, Path racineSortie, Path fichierParametres) throws IOException {
        List<Path> fichiers = new ArrayList<>();
        try (Stream<Path> s = Files.walk(reel)) {
            for (Path p : s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted()
                    .toList()) {
                Path cible = p.toRealPath();
                if (!cible.startsWith(reel)) {
                    err.println("Le lien " + dossier.resolve(reel.relativize(p)) + " mène hors du dossier : ignoré.");
                } else if (!p.startsWith(racineSortie) && !cible.startsWith(racineSortie)
                        && !Chemins.meme(p, fichierParametres)) {
                    fichiers.add(p);
                }
            }
        }
        return fichiers;
    }
}
