package fr.simulateursons.api;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The API and its page on a local port, without API Gateway: the same {@link RouteurApi} as the Lambda function, on
 * Jetty, bound to loopback only. Every answer is the router's JSON, whatever the request: an unknown or malformed
 * path is the API's 404 (Jetty is told to take any path as it comes, so that the router, not the server, decides),
 * and what the server itself refuses (a request it cannot read) goes out in the same JSON shape. A body larger than
 * the API takes is refused with 413 as soon as its length is known, before it is read, and what the client still
 * sends of it is read and dropped for a while, so that the client reads the answer rather than a reset connection.
 */
public final class ServeurLocal implements AutoCloseable {

    /** How much of a refused body is read and dropped so that its client gets the 413, and for how long at most. */
    static final long REFUS_A_LIRE = 64L * 1024 * 1024;
    static final Duration REFUS_DUREE = Duration.ofSeconds(10);

    private final Server serveur;
    private final ServerConnector connecteur;

    public ServeurLocal(RouteurApi routeur, int port) throws IOException {
        serveur = new Server(new QueuedThreadPool(16, 2));
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(false);
        config.setUriCompliance(UriCompliance.UNSAFE);
        connecteur = new ServerConnector(serveur, 1, 1, new HttpConnectionFactory(config));
        connecteur.setHost("127.0.0.1");
        connecteur.setPort(port);
        serveur.addConnector(connecteur);
        serveur.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request requete, Response reponse, Callback fin) throws Exception {
                repondre(routeur, requete, reponse, fin);
                return true;
            }
        });
        serveur.setErrorHandler((requete, reponse, fin) -> {
            // What Jetty refuses before any handler: a request line or a header it cannot read (a target that is no
            // URI, as /%zz), a header too large.
            int statut = requete.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer i ? i : reponse.getStatus();
            envoyer(reponse, fin, (statut == 404 ? ErreurApi.ADRESSE_INCONNUE : statut == 413
                    ? ErreurApi.CORPS_TROP_GRAND : statut >= 500 ? ErreurApi.ERREUR_INTERNE : ErreurApi.REQUETE_ILLISIBLE)
                    .reponse());
            return true;
        });
        try {
            serveur.start();
        } catch (Exception e) {
            throw new IOException("le serveur local ne démarre pas sur le port " + port, e);
        }
    }

    public int port() {
        return connecteur.getLocalPort();
    }

    private static void repondre(RouteurApi routeur, Request requete, Response reponse, Callback fin) throws IOException {
        long annonce = requete.getLength();
        if (annonce > RouteurApi.CORPS_MAX) {
            refuser(requete, reponse, fin);
            return;
        }
        byte[] corps;
        try (InputStream in = Content.Source.asInputStream(requete)) {
            // One byte past the limit tells a body sent without its length (chunked) that is too large.
            corps = in.readNBytes(RouteurApi.CORPS_MAX + 1);
        }
        if (corps.length > RouteurApi.CORPS_MAX) {
            refuser(requete, reponse, fin);
            return;
        }
        Map<String, String> entetes = new HashMap<>();
        for (HttpField h : requete.getHeaders()) {
            entetes.putIfAbsent(h.getName(), h.getValue());
        }
        // The path as sent, not decoded: /simulations%2Fx is no route, as on API Gateway.
        String chemin = requete.getHttpURI().getPath();
        envoyer(reponse, fin, routeur.traiter(new RequeteHttp(requete.getMethod(), chemin == null ? "" : chemin, entetes,
                new String(corps, StandardCharsets.UTF_8))));
    }

    /**
     * The 413 first, then the rest of the body read and dropped (within bounds) before the connection closes: a
     * client that sends its whole body before it reads (most do) would otherwise meet a reset, not the answer.
     */
    private static void refuser(Request requete, Response reponse, Callback fin) throws IOException {
        ReponseHttp r = ErreurApi.CORPS_TROP_GRAND.reponse();
        entetes(reponse, r);
        reponse.getHeaders().put(HttpHeader.CONNECTION, "close");
        try (Blocker.Callback envoi = Blocker.callback()) {
            reponse.write(true, ByteBuffer.wrap(r.corps()), envoi);
            envoi.block();
        }
        long limite = System.nanoTime() + REFUS_DUREE.toNanos();
        long lus = 0;
        try (InputStream in = Content.Source.asInputStream(requete)) {
            byte[] tampon = new byte[64 * 1024];
            int n;
            while (lus < REFUS_A_LIRE && System.nanoTime() < limite && (n = in.read(tampon)) >= 0) {
                lus += n;
            }
        } catch (IOException clientParti) {
            // the client stopped sending: nothing more to drop
        }
        fin.succeeded();
    }

    private static void envoyer(Response reponse, Callback fin, ReponseHttp r) {
        entetes(reponse, r);
        reponse.write(true, ByteBuffer.wrap(r.corps()), fin);
    }

    private static void entetes(Response reponse, ReponseHttp r) {
        reponse.setStatus(r.statut());
        r.entetes().forEach((nom, valeur) -> reponse.getHeaders().put(nom, valeur));
        reponse.getHeaders().put(HttpHeader.CONTENT_LENGTH, r.corps().length);
    }

    @Override
    public void close() {
        try {
            serveur.stop();
        } catch (Exception e) {
            throw new IllegalStateException("le serveur local ne s'arrête pas", e);
        }
    }
}
