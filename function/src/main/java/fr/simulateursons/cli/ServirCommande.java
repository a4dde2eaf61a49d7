package fr.simulateursons.cli;

import fr.simulateursons.api.Api;
import fr.simulateursons.api.ServeurLocal;
import fr.simulateursons.aws.local.ConsommateurSqs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code servir}: the upload API and its page on 127.0.0.1, against the S3 of {@code AWS_ENDPOINT_URL} (moto,
 * LocalStack); with {@code --queue-url}, the pipeline too, consuming the input bucket's notifications.
 */
@Command(name = "servir", description = "Sert l'API de dépôt et sa page sur 127.0.0.1 (exécution locale). "
        + "Variables : DEPOTS_BUCKET, RESULTS_BUCKET, AWS_ENDPOINT_URL, API_KEYS…")
final class ServirCommande implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port d'écoute (défaut : ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--queue-url", paramLabel = "URL",
            description = "File SQS des notifications du bucket de dépôts : la simulation tourne aussi.")
    String urlFile;

    private final PrintStream err;

    ServirCommande(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        try (ServeurLocal serveur = new ServeurLocal(Api.depuis(System.getenv(), Clock.systemUTC()), port)) {
            if (urlFile != null) {
                Thread pipeline = new Thread(() -> consommer(ConsommateurSqs.depuis(System.getenv(), Clock.systemUTC())), "pipeline");
                pipeline.setDaemon(true);
                pipeline.start();
            }
            err.println("Simulateur SONS : http://127.0.0.1:" + serveur.port() + "/ (Ctrl+C pour arrêter)");
            new CountDownLatch(1).await();
        }
        return Main.REUSSI;
    }

    private void consommer(ConsommateurSqs consommateur) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                consommateur.vider(urlFile, 1);
            } catch (RuntimeException e) {
                err.println("Pipeline : " + e);
            }
        }
    }
}
