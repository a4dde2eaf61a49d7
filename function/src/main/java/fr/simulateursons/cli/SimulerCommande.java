package fr.simulateursons.cli;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.rapports.FichierSimule;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code simuler}: one file, its parameters, the status on stdout (the {@code texte} report on a terminal), the
 * annotated file beside the file (or at {@code --sortie}), the reports of {@code --rapport}, and the exit code of
 * spec §5.
 */
final class SimulerCommande extends CommandeSimple {

    private final boolean terminal;
    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;

    SimulerCommande(Clock horloge, PrintStream out, PrintStream err, boolean terminal) {
        this.terminal = terminal;
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
        Options options = new Options();
        OptionsSimulation.declarer(options);
        OptionsRessources.declarer(options);
        OptionsRapports.declarer(options);
        return options;
    }

    @Override
    int executer(LigneDeCommande ligne) throws IOException, LigneInvalide {
        OptionsSimulation simulation = OptionsSimulation.de(ligne);
        OptionsRessources ressources = OptionsRessources.de(ligne);
        OptionsRapports rapports = OptionsRapports.de(ligne);
        Optional<String> refus = simulation.refus(rapports);
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }
        long taille;
        try {
            taille = Files.size(simulation.fichier());
        } catch (IOException | RuntimeException e) {
            err.println("Le fichier " + simulation.fichier() + " ne peut pas être ouvert : "
                    + Raisons.de(simulation.fichier(), e) + ".");
            return Main.LIGNE_DE_COMMANDE;
        }
        Instant debut = maintenant();
        Resultat resultat = ressources.moteur(horloge).build().simuler(Fichier.de(simulation.fichier()),
                simulation.parametres());
        Statut.Entree entree = new Statut.Entree(simulation.fichier().toString(), null, null,
                resultat.taille().orElse(taille));
        return new Restitution(rapports, out, err, terminal, simulation.debug()).restituer(
                new Simulee(simulation.fichier().toString(), UUID.randomUUID().toString(), resultat, entree, debut),
                simulation.cible());
    }

    /** This command's simulation, as {@link Restitution} writes it. */
    private final class Simulee implements Restitution.Simulee {
        private final String fichier;
        private final String id;
        private final Resultat resultat;
        private final Statut.Entree entree;
        private final Instant debut;
        private final Instant fin = maintenant();

        Simulee(String fichier, String id, Resultat resultat, Statut.Entree entree, Instant debut) {
            this.fichier = fichier;
            this.id = id;
            this.resultat = resultat;
            this.entree = entree;
            this.debut = debut;
        }

        @Override
        public Statut statut(String sortie) {
            return Statut.de(id, resultat, entree, sortie, debut, fin);
        }

        @Override
        public FichierSimule simule(Statut statut, boolean empreinte) {
            return FichierSimule.de(fichier, resultat, statut, empreinte);
        }

        @Override
        public Optional<byte[]> fichierDeSortie() {
            return resultat.fichierDeSortie();
        }

        @Override
        public Restitution.Simulee enErreur(Throwable cause) {
            return new Simulee(fichier, id, resultat.enErreurInterne(cause), entree, debut);
        }

        @Override
        public Optional<Throwable> cause() {
            return resultat.cause();
        }
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
