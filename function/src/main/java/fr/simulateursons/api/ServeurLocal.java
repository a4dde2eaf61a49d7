package fr.simulateursons.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The API and its page on a local port, without API Gateway (the JDK's own HTTP server): the same
 * {@link RouteurApi} as the Lambda function. Bound to loopback only.
 */
public final class ServeurLocal implements AutoCloseable {

    private final HttpServer serveur;

    public ServeurLocal(RouteurApi routeur, int port) throws IOException {
        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        serveur.createContext("/", echange -> repondre(routeur, echange));
        serveur.setExecutor(Executors.newFixedThreadPool(4));
        serveur.start();
    }

    public int port() {
        return serveur.getAddress().getPort();
    }

    private static void repondre(RouteurApi routeur, HttpExchange echange) throws IOException {
        try (echange) {
            Map<String, String> entetes = new HashMap<>();
            echange.getRequestHeaders().forEach((nom, valeurs) -> entetes.put(nom, valeurs.get(0)));
            byte[] corps;
            try (InputStream in = echange.getRequestBody()) {
                // One byte past the limit is enough for the router to refuse it (413) without reading all of it.
                corps = in.readNBytes(RouteurApi.CORPS_MAX + 1);
            }
            ReponseHttp r = routeur.traiter(new RequeteHttp(echange.getRequestMethod(),
                    echange.getRequestURI().getPath(), entetes, new String(corps, StandardCharsets.UTF_8)));
            r.entetes().forEach((nom, valeur) -> echange.getResponseHeaders().add(nom, valeur));
            boolean sansCorps = echange.getRequestMethod().equals("HEAD");
            echange.sendResponseHeaders(r.statut(), sansCorps ? -1 : r.corps().length);
            if (!sansCorps) {
                try (OutputStream out = echange.getResponseBody()) {
                    out.write(r.corps());
                }
            }
        }
    }

    @Override
    public void close() {
        serveur.stop(0);
        ((java.util.concurrent.ExecutorService) serveur.getExecutor()).shutdownNow();
    }
}
