package fr.simulateursons.cli;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.rapports.FichierSimule;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code simuler}: one file, three parameters, the status on stdout, the annotated file beside the input
 * (or at {@code --sortie}), the reports of {@code --rapport}, and the exit code of spec §5.
 */
final class SimulerCommande extends CommandeSimple {

    private static final String NUMERO_ANS = "numero-ans";
    private static final String TYPE_DEMANDE = "type-demande";
    private static final String TAUX_TVA = "taux-tva";
    private static final String SORTIE = "sortie";
    private static final String DEBUG = "debug";

    private String numeroAns;
    private String typeDemande;
    private String tauxTva;
    private OptionsRessources ressources;
    private Path sortie;
    private OptionsRapports rapports;
    private boolean debug;
    private Path fichier;

    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    SimulerCommande(Clock horloge, PrintStream out, PrintStream err) {
        this.horloge = horloge;
        this.out = out;
        this.err = err;
    }

    @Override
    public String nom() {
        return "simuler";
    }

    @Override
    public String description() {
        return "Simule l'import d'un fichier JSON de demandes d'avance ou de solde.";
    }

    @Override
    String operandes() {
        return "FICHIER";
    }

    @Override
    Options options() {
        Options options = new Options()
                .addOption(LigneDeCommande.valeur(NUMERO_ANS, "NUMERO", "Numéro ANS (numéro de référencement)."))
                .addOption(LigneDeCommande.valeur(TYPE_DEMANDE, "TYPE", "AVANCE ou SOLDE."))
                .addOption(LigneDeCommande.valeur(TAUX_TVA, "TAUX", "0, 2.1, 5.5, 8.5, 10 ou 20."));
        OptionsRessources.declarer(options);
        options.addOption(LigneDeCommande.valeur(SORTIE, "FICHIER",
                "Fichier de sortie annoté (défaut : <nom>.sortie.json à côté du fichier)."));
        OptionsRapports.declarer(options);
        return options.addOption(Option.builder().longOpt(DEBUG)
                .desc("Détail technique des erreurs internes sur la sortie d'erreur.").get());
    }

    @Override
    int executer(LigneDeCommande ligne) throws IOException, LigneInvalide {
        numeroAns = ligne.texte(NUMERO_ANS);
        typeDemande = ligne.texte(TYPE_DEMANDE);
        tauxTva = ligne.texte(TAUX_TVA);
        ressources = OptionsRessources.de(ligne);
        sortie = ligne.chemin(SORTIE);
        rapports = OptionsRapports.de(ligne);
        debug = ligne.present(DEBUG);
        fichier = ligne.operande("FICHIER");
        Optional<String> refus = refus();
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }
        long taille;
        try {
            taille = Files.size(fichier);
        } catch (IOException | RuntimeException e) {
            err.println("Le fichier " + fichier + " ne peut pas être ouvert : " + e.getMessage());
            return Main.LIGNE_DE_COMMANDE;
        }
        Path cible = cible();
        Instant debut = maintenant();
        Resultat resultat = ressources.moteur(horloge).build().simuler(Fichier.de(fichier),
                Parametres.formulaire(numeroAns, typeDemande, tauxTva));
        String cheminSortie = null;
        if (resultat.fichierDeSortie().isPresent()) {
            try {
                Files.write(cible, resultat.fichierDeSortie().get());
                cheminSortie = cible.toString();
            } catch (IOException | RuntimeException e) {
                resultat = resultat.enErreurInterne(e);
            }
        }
        Statut.Entree entree = new Statut.Entree(fichier.toString(), null, null, resultat.taille().orElse(taille));
        String id = UUID.randomUUID().toString();
        Statut statut = Statut.de(id, resultat, entree, cheminSortie, debut, maintenant());
        try {
            rapports.ecrireFichiers(List.of(simule(resultat, statut)));
        } catch (IOException | RuntimeException e) {
            resultat = resultat.enErreurInterne(e);
            statut = Statut.de(id, resultat, entree, cheminSortie, debut, maintenant());
        }
        if (rapports.versSortieStandard()) {
            rapports.ecrireSortieStandard(List.of(simule(resultat, statut)), out);
        } else {
            out.println(statut.json());
        }
        resultat.cause().ifPresent(this::signaler);
        return switch (resultat.etat()) {
            case REUSSI -> Main.REUSSI;
            case REJETE -> Main.REJETE;
            default -> Main.ERREUR_INTERNE;
        };
    }

    /**
     * Why the command line cannot be run, in French; empty when it can. Nothing has been read or written yet: the
     * input is opened only once it is known to be a regular file (a FIFO would block the open for ever), and no
     * output may lead to it.
     */
    private Optional<String> refus() {
        if (!Files.exists(fichier)) {
            return Optional.of("Le fichier " + fichier + " ne peut pas être ouvert : il n'existe pas.");
        }
        if (!Files.isRegularFile(fichier)) {
            return Optional.of("Le fichier " + fichier + " n'est pas un fichier ordinaire.");
        }
        try (InputStream ignored = Files.newInputStream(fichier)) {
            // Opened only to know it can be.
        } catch (IOException | RuntimeException e) {
            return Optional.of("Le fichier " + fichier + " ne peut pas être ouvert : " + e.getMessage());
        }
        Path cible = cible();
        if (Chemins.meme(cible, fichier)) {
            return Optional.of("Le fichier de sortie " + cible + " est le fichier simulé, qui n'est jamais modifié.");
        }
        return rapports.refus(List.of(fichier, cible));
    }

    private Path cible() {
        return sortie != null ? sortie : cheminParDefaut(fichier);
    }

    private FichierSimule simule(Resultat resultat, Statut statut) {
        return FichierSimule.de(fichier.toString(), resultat, statut);
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** {@code dir/demandes.json} → {@code dir/demandes.sortie.json}. */
    static Path cheminParDefaut(Path fichier) {
        String nom = fichier.getFileName().toString();
        String base = nom.toLowerCase(Locale.ROOT).endsWith(".json") ? nom.substring(0, nom.length() - 5) : nom;
        return fichier.resolveSibling(base + ".sortie.json");
    }

    private void signaler(Throwable cause) {
        if (debug) {
            cause.printStackTrace(err);
        } else {
            err.println("Erreur interne : " + cause + " (--debug pour le détail)");
        }
    }
}
