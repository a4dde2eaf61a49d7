package fr.simulateursons.cli;

import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.revalidation.Run;
import fr.simulateursons.moteur.revalidation.ParametresDuLot;
import fr.simulateursons.moteur.revalidation.Runs;
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
import java.util.stream.IntStream;

/**
 * {@code simuler-lot}: the re-validation of an archive on a laptop. Every {@code .json} file under DOSSIER is
 * simulated with the parameters of the sidecar, against the resources given now; the run's journal, the statuses of
 * the files that are not REUSSI and the report are written under {@code --sortie}, and the verdicts are compared
 * with the previous run there. A file that cannot be simulated is that file's ERREUR_INTERNE, never the run's end.
 */
final class SimulerLotCommande extends CommandeSimple {

    private static final String PARAMETRES = "parametres";
    private static final String SORTIE = "sortie";
    private static final String RUN_ID = "run-id";
    private static final String DATE_DEPOT = "date-depot";
    private static final String CONSERVER = "conserver";

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
                .addOption(LigneDeCommande.valeur(RUN_ID, "ID", "L'identifiant du run (défaut : l'heure UTC)."))
                .addOption(LigneDeCommande.valeur(DATE_DEPOT, "DATE",
                        "La date de dépôt de tous les fichiers du lot (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM), à la place "
                                + "de celle du « defaut » des paramètres ; l'entrée propre d'un fichier l'emporte."))
                .addOption(LigneDeCommande.valeur(CONSERVER, "N",
                        "Après le run, ne garde que les N derniers runs complets (et toujours la référence)."));
        OptionsRessources.declarer(options);
        OptionsRapports.declarer(options);
        return options;
    }

    @Override
    int executer(LigneDeCommande ligne) throws IOException, LigneInvalide {
        Path parametres = ligne.chemin(PARAMETRES);
        Path sortie = ligne.chemin(SORTIE);
        String runId = ligne.texte(RUN_ID);
        String dateDepot = ligne.texte(DATE_DEPOT);
        int conserver = ligne.entier(CONSERVER, 0);
        if (ligne.present(CONSERVER) && conserver < 1) {
            throw ligne.invalide("--" + CONSERVER + " attend un nombre de runs d'au moins 1 : « " + ligne.texte(CONSERVER) + " »");
        }
        OptionsRessources ressources = OptionsRessources.de(ligne);
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
            } catch (IOException e) {
                err.println("Le fichier de paramètres " + fichierParametres + " ne peut pas être lu : "
                        + Raisons.de(fichierParametres, e) + ".");
                return Main.LIGNE_DE_COMMANDE;
            } catch (IllegalArgumentException e) {
                err.println("Le fichier de paramètres " + fichierParametres + " ne peut pas être lu : " + e.getMessage()
                        + ".");
                return Main.LIGNE_DE_COMMANDE;
            }
        } else {
            lot = ParametresDuLot.aucun();
        }
        if (dateDepot != null) {
            lot = lot.avecDefaut(Parametres.DATE_DEPOT, dateDepot);
        }
        Path racineSortie = sortie != null ? sortie : dossier.resolve(ParcoursLot.RUNS_PAR_DEFAUT);
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = runId != null ? runId : debut.toString().replace(':', '-');
        List<FichierDuLot> aSimuler = parcours.fichiers(racineSortie, fichierParametres);
        List<Path> entrees = new ArrayList<>(aSimuler.stream().filter(f -> f.refus() == null).map(FichierDuLot::cible).toList());
        entrees.add(fichierParametres);
        Optional<String> refus = rapports.refus(entrees);
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }
        Runs runs = Runs.dansDossier(racineSortie);
        Run run = runs.ouvrir(id, "", debut, aSimuler.size(), 1);
        // One reading of the resources for the whole run: its files are judged against the same ones.
        Moteur moteur = ressources.moteur(horloge).build().figer();
        ParametresDuLot parametresDuLot = lot;
        // The files are independent: they are simulated on every core, and their lines gathered in the order of
        // the walk, so that the run writes the same bytes whatever the threads did.
        List<Simule> simules = IntStream.range(0, aSimuler.size()).parallel()
                .mapToObj(i -> simuler(moteur, parametresDuLot, runs, run, aSimuler.get(i))).toList();
        String json = runs.conclure(run, horloge.instant().truncatedTo(ChronoUnit.SECONDS), true,
                simules.stream().map(Simule::revalide).toList());
        List<FichierSimule> pourRapports = simules.stream().flatMap(s -> s.fichier().stream()).toList();
        Sorties sorties = new Sorties();
        try {
            rapports.preparer(sorties, () -> pourRapports, json);
            sorties.publier();
        } catch (Sorties.Echec e) {
            err.println(e.getMessage());
            return Main.ERREUR_INTERNE;
        }
        rapports.ecrireSortieStandard(() -> pourRapports, json, out, terminal);
        if (terminal && !rapports.versSortieStandard()) {
            out.print("\n" + Runs.enTexte(json));
            out.flush();
        }
        if (conserver > 0) {
            for (String supprime : Runs.elaguer(racineSortie, conserver)) {
                err.println("Le run " + supprime + " est supprimé (--" + CONSERVER + " " + conserver + ").");
            }
        }
        return Main.REUSSI;
    }

    /** One file's line of the report, and what the reports need of it when some are asked for. */
    private record Simule(Runs.Revalide revalide, Optional<FichierSimule> fichier) {
    }

    /** Never throws: a file that cannot be read is its own ERREUR_INTERNE, with the reason. */
    private Simule simuler(Moteur moteur, ParametresDuLot lot, Runs runs, Run run, FichierDuLot f) {
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
        Resultat r = f.refus() != null ? Resultat.erreurInterne(new FichierDuLot.Illisible(f.refus()))
                : moteur.simuler(f, lot.pour(f.cle()));
        String raison = r.etat() == Etat.ERREUR_INTERNE ? r.cause().map(FichierDuLot::raison).orElse(null) : null;
        Long taille = r.taille().isPresent() ? Long.valueOf(r.taille().getAsLong()) : f.refus() == null ? Long.valueOf(f.octets()) : null;
        Runs.Revalide fait = runs.revalider(run.runId(), run.precedent(), new Statut.Entree(f.cle(), null, null, taille),
                r, debut, horloge.instant().truncatedTo(ChronoUnit.MILLIS), Runs.Origine.AUCUNE, raison);
        return new Simule(fait, rapports.aucun() && !terminal ? Optional.empty()
                : Optional.of(FichierSimule.de(dossier.resolve(f.cle()).toString(), r, fait.statut(),
                        rapports.attestation())));
    }

    /** A run id names a directory under {@code --sortie}: one name, never a path out of it. */
    static boolean runIdValide(String id) {
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") && !id.equals(Runs.DERNIER);
    }
}
