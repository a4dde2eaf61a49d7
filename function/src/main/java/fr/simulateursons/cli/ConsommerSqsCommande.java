package fr.simulateursons.cli;

import fr.simulateursons.aws.local.ConsommateurSqs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code consommer-sqs}: the S3 pipeline without Lambda, for local runs against moto or LocalStack. Reads the
 * queue that receives the input bucket's notifications until it is empty, and simulates each object exactly
 * as the Lambda function does (same environment variables).
 */
@Command(name = "consommer-sqs", description = "Traite les notifications S3 d'une file SQS comme la fonction Lambda "
        + "(exécution locale : moto, LocalStack). Variables : RESULTS_BUCKET, AWS_ENDPOINT_URL, AWS_REGION…")
final class ConsommerSqsCommande implements Callable<Integer> {

    @Option(names = "--queue-url", required = true, paramLabel = "URL", description = "L'URL de la file SQS.")
    String urlFile;

    @Option(names = "--attente", defaultValue = "2", paramLabel = "SECONDES",
            description = "Attente longue de chaque réception (défaut : ${DEFAULT-VALUE} s).")
    int attente;

    private final PrintStream err;

    ConsommerSqsCommande(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        int traites = ConsommateurSqs.depuis(System.getenv(), Clock.systemUTC()).vider(urlFile, attente);
        err.println(traites + " message(s) traité(s).");
        return Main.REUSSI;
    }
}
