package fr.simulateursons.cli;

import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.chaine.Simulation;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.parametres.SourcesDeParametres;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code simuler}: one file, three parameters, the status on stdout, the annotated file beside the input
 * (or at {@code --sortie}), the reports of {@code --rapport}, and the exit code of spec §5.
 */
@Command(name = "simuler", sortOptions = false, usageHelpAutoWidth = true,
        description = "Simule l'import d'un fichier JSON de demandes d'avance ou de solde.")
final class SimulerCommande implements Callable<Integer> {

    @Option(names = "--numero-ans", paramLabel = "NUMERO", description = "Numéro ANS (numéro de référencement).")
    String numeroAns;

    @Option(names = "--type-demande", paramLabel = "TYPE", description = "AVANCE ou SOLDE.")
    String typeDemande;

    @Option(names = "--taux-tva", paramLabel = "TAUX", description = "0, 2.1, 5.5, 8.5, 10 ou 20.")
    String tauxTva;

    @Mixin
    OptionsRessources ressources;

    @Option(names = "--sortie", paramLabel = "FICHIER",
            description = "Fichier de sortie annoté (défaut : <nom>.sortie.json à côté du fichier).")
    Path sortie;

    @Mixin
    OptionsRapports rapports;

    @Option(names = "--debug", description = "Détail technique des erreurs internes sur la sortie d'erreur.")
    boolean debug;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Le fichier JSON à simuler.")
    Path fichier;

    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    SimulerCommande(Clock horloge, PrintStream out, PrintStream err) {
        this.horloge = horloge;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
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
        Resultat resultat = new Simulation(horloge)
                .simuler(parametres(), Fichier.de(fichier), ressources.sources());
        String cheminSortie = null;
        if (resultat.fichierDeSortie().isPresent()) {
            try {
                Files.write(cible, resultat.fichierDeSortie().get());
                cheminSortie = cible.toString();
            } catch (IOException | RuntimeException e) {
                resultat = resultat.enErreurInterne(e);
            }
        }
        Entree entree = new Entree(fichier.toString(), null, null, taille);
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
            out.println(StatutJson.texte(statut));
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
        return FichierSimule.de(fichier.toString(), resultat, statut, Fichier.de(fichier));
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

    private SourcesDeParametres parametres() {
        Map<String, String> options = new HashMap<>();
        Optional.ofNullable(numeroAns).ifPresent(v -> options.put(SourcesDeParametres.NUMERO_ANS, v));
        Optional.ofNullable(typeDemande).ifPresent(v -> options.put(SourcesDeParametres.TYPE_DEMANDE, v));
        Optional.ofNullable(tauxTva).ifPresent(v -> options.put(SourcesDeParametres.TAUX_TVA, v));
        return SourcesDeParametres.options(options);
    }

    private void signaler(Throwable cause) {
        if (debug) {
            cause.printStackTrace(err);
        } else {
            err.println("Erreur interne : " + cause + " (--debug pour le détail)");
        }
    }
}
