package fr.simulateursons.cli;

import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.rapports.FichierSimule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The end of one simulation at the command line, the same for {@code simuler} and {@code deposer}: the annotated file
 * and the reports written whole or not at all ({@link Sorties}: a file that cannot be written makes the simulation an
 * internal error, removes the others, and the status names none), then stdout, then the exit code (spec §5).
 */
final class Restitution {

    /** A finished simulation, as a door knows it. */
    interface Simulee {
        /** The status, naming {@code sortie} as the annotated file (null: none written). */
        Statut statut(String sortie);

        /** What the reports read, for that status; with the file's SHA-256 only when {@code empreinte}. */
        FichierSimule simule(Statut statut, boolean empreinte);

        Optional<byte[]> fichierDeSortie();

        /** The same simulation, ended as an internal error: a file of it could not be written. */
        Simulee enErreur(Throwable cause);

        /** What went wrong in an internal error, for {@code --debug}. */
        Optional<Throwable> cause();
    }

    private final OptionsRapports rapports;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final boolean debug;

    Restitution(OptionsRapports rapports, PrintStream out, PrintStream err, boolean terminal, boolean debug) {
        this.rapports = rapports;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.debug = debug;
    }

    /** @param cible where the annotated file goes, if there is one */
    int restituer(Simulee simulee, Path cible) throws IOException {
        Simulee s = simulee;
        Sorties sorties = new Sorties();
        String sortie = null;
        Statut statut;
        try {
            if (s.fichierDeSortie().isPresent()) {
                byte[] annote = s.fichierDeSortie().get();
                sorties.preparer(cible, o -> o.write(annote));
                sortie = cible.toString();
            }
            Statut simule = s.statut(sortie);
            statut = simule;
            Simulee pour = s;
            rapports.preparer(sorties, () -> List.of(pour.simule(simule, rapports.attestation())), statut.json());
            sorties.publier();
        } catch (Sorties.Echec e) {
            sorties.abandonner();
            err.println(e.getMessage());
            s = s.enErreur(e);
            statut = s.statut(null);
        }
        Statut fin = statut;
        Simulee finie = s;
        rapports.ecrireSortieStandard(() -> List.of(finie.simule(fin, rapports.attestation())), statut.json(), out, terminal);
        s.cause().ifPresent(cause -> signaler(cause, fin));
        return code(statut.etat());
    }

    /** The exit code of spec §5. */
    static int code(Etat etat) {
        return switch (etat) {
            case REUSSI -> Main.REUSSI;
            case REJETE -> Main.REJETE;
            default -> Main.ERREUR_INTERNE;
        };
    }

    /** What went wrong, on stderr for a person: an R01's own words when it has them, else the reason in French. */
    private void signaler(Throwable cause, Statut statut) {
        if (debug) {
            cause.printStackTrace(err);
        } else if (!(cause instanceof Sorties.Echec)) {
            String raison = statut.erreurs().stream().filter(e -> e.detail() != null).findFirst()
                    .map(e -> e.libelle() + " " + e.detail().replaceAll("\\.$", "")).orElse(Raisons.de(null, cause));
            err.println("Erreur interne : " + raison + " (--debug pour le détail).");
        }
    }
}
