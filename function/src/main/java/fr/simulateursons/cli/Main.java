package fr.simulateursons.cli;

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
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(executer(args, out, err, Clock.systemUTC()));
    }

    /** Runs one command line; never throws, whatever the arguments. */
    public static int executer(String[] args, PrintStream out, PrintStream err, Clock horloge) {
        List<String> mots = List.of(args);
        if (mots.equals(List.of("-V")) || mots.equals(List.of("--version"))) {
            out.println(version());
            return REUSSI;
        }
        Groupe cli = new Groupe("simulateur-sons", DESCRIPTION, List.of(
                new SimulerCommande(horloge, out, err),
                new SimulerLotCommande(horloge, out, err),
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
            err.println("Erreur interne : " + e);
            return ERREUR_INTERNE;
        }
    }

    private static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "simulateur-sons " + (v == null ? "(développement)" : v);
    }
}
