package fr.simulateursons.cli;

import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.revalidation.Run;
import fr.simulateursons.moteur.revalidation.ParametresDuLot;
import fr.simulateursons.moteur.revalidation.Runs;
import fr.simulateursons.moteur.Statut.Entree;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.rapports.FichierSimule;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code simuler-lot}: the re-validation of an archive on a laptop. Every {@code .json} file under DOSSIER is
 * simulated with the parameters of the sidecar, against the resources given now; statuses, verdicts and the
 * report are written under {@code --sortie}, and the verdicts are compared with the previous run there.
 */
final class SimulerLotCommande extends CommandeSimple {

    private static final String PARAMETRES = "parametres";
    private static final String SORTIE = "sortie";
    private static final String RUN_ID = "run-id";

    private Path parametres;
    private Path sortie;
    private String runId;
    private OptionsRessources ressources;
    private OptionsRapports rapports;
    private Path dossier;

    private final boolean terminal;
    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    SimulerLotCommande(Clock horloge, PrintStream out, PrintStream err, boolean terminal) {
        this.terminal = terminal;
        this.horloge = horloge;
        this.out = out;
        this.err = err;
    }

    @Override
    public String nom() {
        return "simuler-lot";
    }

    @Override
    public String description() {
        return "Re-valide un dossier de fichiers JSON et rapporte les verdicts qui ont changé depuis le run précédent.";
    }

    @Override
    String operandes() {
        return "DOSSIER";
    }

    @Override
    Options options() {
        Options options = new Options()
                .addOption(LigneDeCommande.valeur(PARAMETRES, "FICHIER",
                        "Les paramètres de chaque fichier (défaut : DOSSIER/parametres.json)."))
                .addOption(LigneDeCommande.valeur(SORTIE, "DOSSIER", "Où écrire les runs (défaut : DOSSIER/revalidations)."))
                .addOption(LigneDeCommande.valeur(RUN_ID, "ID", "L'identifiant du run (défaut : l'heure UTC)."));
        OptionsRessources.declarer(options);
        OptionsRapports.declarer(options);
        return options;
    }

    @Override
    int executer(LigneDeCommande ligne) throws IOException, LigneInvalide {
        parametres = ligne.chemin(PARAMETRES);
        sortie = ligne.chemin(SORTIE);
        runId = ligne.texte(RUN_ID);
        ressources = OptionsRessources.de(ligne);
        rapports = OptionsRapports.de(ligne);
        dossier = ligne.operande("DOSSIER");
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
        ParcoursLot parcours = new ParcoursLot(dossier, err);
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
        List<Path> aSimuler = parcours.fichiers(racineSortie, fichierParametres);
        List<Path> entrees = new ArrayList<>(aSimuler);
        entrees.add(fichierParametres);
        Optional<String> refus = rapports.refus(entrees);
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }
        Runs runs = Runs.dansDossier(racineSortie);
        Run manifeste = runs.ouvrir(id, "", debut, aSimuler.size(), 1);

        Moteur moteur = ressources.moteur(horloge).build();
        List<Runs.Revalide> revalides = new ArrayList<>();
        List<FichierSimule> simules = new ArrayList<>();
        // The files are independent: they are simulated on every core, and their lines gathered in the order of
        // the walk, so that the report is the same whatever the threads did.
        ExecutorService fils = Executors.newFixedThreadPool(
                Math.max(1, Math.min(aSimuler.size(), Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "simuler-lot");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<Simule>> enCours = new ArrayList<>();
            for (Path f : aSimuler) {
                enCours.add(fils.submit(() -> simuler(moteur, lot, runs, manifeste, parcours, f)));
            }
            for (Future<Simule> s : enCours) {
                Simule simule = attendre(s);
                revalides.add(simule.revalide());
                simule.fichier().ifPresent(simules::add);
            }
        } finally {
            fils.shutdownNow();
        }
        String json = runs.conclure(manifeste, horloge.instant().truncatedTo(ChronoUnit.SECONDS), true, revalides);
        Sorties sorties = new Sorties();
        rapports.preparer(sorties, simules, json);
        sorties.publier();
        rapports.ecrireSortieStandard(simules, json, out, terminal);
        return Main.REUSSI;
    }

    /** One file's line of the report, and what the reports need of it when some are asked for. */
    private record Simule(Runs.Revalide revalide, Optional<FichierSimule> fichier) {
    }

    private Simule simuler(Moteur moteur, ParametresDuLot lot, Runs runs, Run run, ParcoursLot parcours, Path f)
            throws IOException {
        String cle = parcours.cle(f);
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
        Resultat r = moteur.simuler(Fichier.de(f), lot.pour(cle));
        Runs.Revalide fait = runs.enregistrer(run.runId(), run.precedent(),
                new Statut.Entree(cle, null, null, r.taille().isPresent() ? r.taille().getAsLong() : Files.size(f)), r,
                debut, horloge.instant().truncatedTo(ChronoUnit.MILLIS), Runs.Origine.AUCUNE);
        return new Simule(fait, rapports.aucun() && !terminal ? Optional.empty()
                : Optional.of(FichierSimule.de(dossier.resolve(cle).toString(), r, fait.statut())));
    }

    /** A file's result; what its simulation threw is thrown here, as the loop of one thread would have. */
    private static Simule attendre(Future<Simule> s) throws IOException {
        try {
            return s.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("simuler-lot interrompu", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A run id names a directory under {@code --sortie}: one name, never a path out of it. */
    static boolean runIdValide(String id) {
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") && !id.equals(Runs.DERNIER);
    }
}
