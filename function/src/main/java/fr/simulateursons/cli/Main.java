package fr.simulateursons.cli;

import fr.simulateursons.moteur.Raisons;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * {@code java -jar simulateur-sons.jar simuler …}: the embedded default, no AWS. The command line is read with
 * commons-cli, not picocli: picocli's classes are Java 5 bytecode, which no class cache (CDS, AOT) can hold, and
 * loading and verifying them cost more than a small file's whole simulation (BENCHMARKS.md).
 */
public final class Main {

    /** Exit codes of spec §5. */
    static final int REUSSI = 0;
    static final int REJETE = 1;
    static final int LIGNE_DE_COMMANDE = 2;
    static final int ERREUR_INTERNE = 3;

    private static final String DESCRIPTION = "Simulateur SONS : vérifie un fichier JSON de demandes de financement "
            + "Ségur (vague 2) comme le simulateur privé du portail de l'ASP.";

    private Main() {
    }

    public static void main(String[] args) {
        SortieStandard sortie = new SortieStandard();
        PrintStream out = new PrintStream(sortie, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = executer(args, out, err, Clock.systemUTC(), SortieStandard.estUnTerminal());
        out.flush();
        if (sortie.echec().isPresent()) {
            err.println("La sortie standard ne peut pas être écrite : "
                    + Raisons.de(null, sortie.echec().get()) + ".");
            code = ERREUR_INTERNE;
        }
        System.exit(code);
    }

    /** Runs one command line, for a script (stdout is no terminal); never throws, whatever the arguments. */
    public static int executer(String[] args, PrintStream out, PrintStream err, Clock horloge) {
        return executer(args, out, err, horloge, false);
    }

    /**
     * Runs one command line; never throws, whatever the arguments.
     *
     * @param terminal whether a person reads stdout: the {@code texte} report then replaces the JSON
     */
    public static int executer(String[] args, PrintStream out, PrintStream err, Clock horloge, boolean terminal) {
        List<String> mots = List.of(args);
        if (mots.equals(List.of("-V")) || mots.equals(List.of("--version"))) {
            out.println(version());
            return REUSSI;
        }
        Groupe cli = new Groupe("simulateur-sons", DESCRIPTION, List.of(
                new SimulerCommande(horloge, out, err, terminal),
                new SimulerLotCommande(horloge, out, err, terminal),
                new DeposerCommande(horloge, out, err, terminal, System.getenv()),
                new ConsommerSqsCommande(err),
                new ServirCommande(err),
                FormatSonsCommande.groupe(horloge, out, err)));
        try {
            return cli.lancer("", mots, out);
        } catch (LigneInvalide e) {
            err.println("Ligne de commande invalide : " + e.getMessage());
            e.usage().ecrire(err);
            return LIGNE_DE_COMMANDE;
        } catch (Exception e) {
            err.println("Erreur interne : " + Raisons.de(null, e) + (mots.contains("--debug") ? "." : " (--debug pour le détail)."));
            if (mots.contains("--debug")) {
                e.printStackTrace(err);
            }
            return ERREUR_INTERNE;
        }
    }

    private static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "simulateur-sons " + (v == null ? "(développement)" : v);
    }
}
