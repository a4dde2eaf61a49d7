package fr.simulateursons.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** {@code java -jar simulateur-sons.jar simuler …}: the embedded default, no AWS. */
@Command(name = "simulateur-sons", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Simulateur SONS : vérifie un fichier JSON de demandes de financement Ségur (vague 2) "
                + "comme le simulateur privé du portail de l'ASP.")
public final class Main {

    /** Exit codes of spec §5. */
    static final int REUSSI = 0;
    static final int REJETE = 1;
    static final int LIGNE_DE_COMMANDE = 2;
    static final int ERREUR_INTERNE = 3;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(executer(args, out, err, Clock.systemUTC()));
    }

    /** Runs one command line; never throws, whatever the arguments. */
    public static int executer(String[] args, PrintStream out, PrintStream err, Clock horloge) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand("simuler", new SimulerCommande(horloge, out, err))
                .addSubcommand("simuler-lot", new SimulerLotCommande(horloge, out, err))
                .addSubcommand("consommer-sqs", new ConsommerSqsCommande(err))
                .addSubcommand("servir", new ServirCommande(err))
                .addSubcommand("format-sons", FormatSonsCommande.ligneDeCommande(horloge, out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("Ligne de commande invalide : " + e.getMessage());
            e.getCommandLine().usage(err);
            return LIGNE_DE_COMMANDE;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println("Erreur interne : " + e);
            return ERREUR_INTERNE;
        });
        if (args.length == 0) {
            cli.usage(err);
            return LIGNE_DE_COMMANDE;
        }
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"simulateur-sons " + (v == null ? "(développement)" : v)};
        }
    }
}
