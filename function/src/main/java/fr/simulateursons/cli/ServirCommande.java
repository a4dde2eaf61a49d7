package fr.simulateursons.cli;

import fr.simulateursons.api.Api;
import fr.simulateursons.api.ServeurLocal;
import fr.simulateursons.aws.local.ConsommateurSqs;
import fr.simulateursons.moteur.Moteur;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code servir}: the upload API and its page on 127.0.0.1, against the S3 of {@code AWS_ENDPOINT_URL} (moto,
 * LocalStack); with {@code --queue-url}, the pipeline too, consuming the input bucket's notifications.
 */
final class ServirCommande extends CommandeSimple {

    private static final String PORT = "port";
    private static final String QUEUE_URL = "queue-url";
    private static final int PORT_PAR_DEFAUT = 8080;

    private final PrintStream err;

    ServirCommande(PrintStream err) {
        this.err = err;
    }

    @Override
    public String nom() {
        return "servir";
    }

    @Override
    public String description() {
        return "Sert l'API de dépôt et sa page sur 127.0.0.1 (exécution locale). "
                + "Variables : DEPOTS_BUCKET, RESULTS_BUCKET, AWS_ENDPOINT_URL, API_KEYS…";
    }

    @Override
    Options options() {
        Options options = new Options()
                .addOption(LigneDeCommande.valeur(PORT, "PORT", "Port d'écoute (défaut : " + PORT_PAR_DEFAUT + ")."))
                .addOption(LigneDeCommande.valeur(QUEUE_URL, "URL",
                        "File SQS des notifications du bucket de dépôts : la simulation tourne aussi."));
        OptionsRessources.declarer(options);
        return options;
    }

    @Override
    int executer(LigneDeCommande ligne) throws Exception {
        int port = ligne.entier(PORT, PORT_PAR_DEFAUT);
        String urlFile = ligne.texte(QUEUE_URL);
        OptionsRessources ressources = OptionsRessources.de(ligne);
        // Resources given as files judge the page's files, in the API and in the pipeline alike; none: the environment's.
        Moteur moteur = ressources.aucune() ? null : ressources.moteur(Clock.systemUTC()).build();
        try (ServeurLocal serveur = new ServeurLocal(Api.depuis(System.getenv(), Clock.systemUTC(), moteur), port)) {
            if (urlFile != null) {
                ConsommateurSqs.depuis(System.getenv(), Clock.systemUTC(), moteur)
                        .demarrer(urlFile, e -> err.println("Pipeline : " + e));
            }
            err.println("Simulateur SONS : http://127.0.0.1:" + serveur.port() + "/ (Ctrl+C pour arrêter)");
            new CountDownLatch(1).await();
        }
        return Main.REUSSI;
    }
}
