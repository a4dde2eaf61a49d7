package fr.simulateursons.cli;

import fr.simulateursons.aws.local.ConsommateurSqs;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code consommer-sqs}: the S3 pipeline without Lambda, for local runs against moto or LocalStack. Reads the
 * queue that receives the input bucket's notifications until it is empty, and simulates each object exactly
 * as the Lambda function does (same environment variables).
 */
final class ConsommerSqsCommande extends CommandeSimple {

    private static final String QUEUE_URL = "queue-url";
    private static final String ATTENTE = "attente";
    private static final int ATTENTE_PAR_DEFAUT = 2;

    private final PrintStream err;

    ConsommerSqsCommande(PrintStream err) {
        this.err = err;
    }

    @Override
    public String nom() {
        return "consommer-sqs";
    }

    @Override
    public String description() {
        return "Traite les notifications S3 d'une file SQS comme la fonction Lambda (exécution locale : moto, "
                + "LocalStack). Variables : RESULTS_BUCKET, AWS_ENDPOINT_URL, AWS_REGION…";
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(QUEUE_URL).hasArg().argName("URL").required()
                        .desc("L'URL de la file SQS.").get())
                .addOption(LigneDeCommande.valeur(ATTENTE, "SECONDES",
                        "Attente longue de chaque réception (défaut : " + ATTENTE_PAR_DEFAUT + " s)."));
    }

    @Override
    int executer(LigneDeCommande ligne) throws LigneInvalide {
        int attente = ligne.entier(ATTENTE, ATTENTE_PAR_DEFAUT);
        int traites = ConsommateurSqs.depuis(System.getenv(), Clock.systemUTC()).vider(ligne.texte(QUEUE_URL), attente);
        err.println(traites + " message(s) traité(s).");
        return Main.REUSSI;
    }
}
