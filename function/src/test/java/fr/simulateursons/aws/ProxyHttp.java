package fr.simulateursons.aws;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An HTTP/1.1 proxy on loopback in front of a real server (moto), for fault tests: each request, as the SDK sends
 * it, is recorded, then handled as the rule says ({@link Action}). Requests follow each other on a client connection
 * as they do on S3's keep-alive connections.
 */
public final class ProxyHttp implements AutoCloseable {

    /** What happens to one request; the faults marked "after" reach the server first, so that it applies them. */
    public enum Action {
        /** Forwarded, and its answer relayed. */
        TRANSMETTRE,
        /** Forwarded after {@link #retard(Duration)}: a slow server. */
        RETARDER,
        /** Held without answer: a stalled endpoint, until the client gives up. */
        BLOQUER,
        /** Answered 500 without reaching the server. */
        ECHOUER,
        /** Applied by the server, then answered 500. */
        ECHOUER_APRES,
        /** Answered 503 SlowDown (S3) or throttled (SQS): the server sheds load. */
        RALENTIR,
        /** The connection reset (RST) without reaching the server. */
        COUPER,
        /** Applied by the server, then the connection reset before its answer. */
        COUPER_APRES,
        /** The answer's head and a few bytes of its body, then a stall: a stream that stops mid-way. */
        TRONQUER
    }

    /**
     * A request as received: method, path with its query, header names in lower case, and the body's bytes as sent
     * (aws-chunked included).
     */
    public record Requete(String methode, String chemin, Map<String, String> entetes, byte[] corps) {
        public boolean contient(String texte) {
            return new String(corps, StandardCharsets.UTF_8).contains(texte);
        }

        /** The SQS action ({@code AmazonSQS.ReceiveMessage}…) of a request of SQS's JSON protocol; null for S3. */
        public String actionSqs() {
            return entetes.get("x-amz-target");
        }
    }

    private final ServerSocket serveur;
    private final URI amont;
    private final List<Socket> ouvertes = new CopyOnWriteArrayList<>();
    private final List<Requete> recues = new CopyOnWriteArrayList<>();
    private volatile Function<Requete, Action> regle = r -> Action.TRANSMETTRE;
    private volatile Duration retard = Duration.ofMillis(50);

    public ProxyHttp(URI amont) throws IOException {
        this.amont = amont;
        this.serveur = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accueil = new Thread(this::accueillir, "proxy-http");
        accueil.setDaemon(true);
        accueil.start();
    }

    public URI adresse() {
        return URI.create("http://127.0.0.1:" + serveur.getLocalPort());
    }

    public void regle(Function<Requete, Action> regle) {
        this.regle = regle;
    }

    public void retard(Duration retard) {
        this.retard = retard;
    }

    public List<Requete> recues() {
        return List.copyOf(recues);
    }

    @Override
    public void close() throws IOException {
        serveur.close();
        for (Socket s : ouvertes) {
            s.close();
        }
    }

    private void accueillir() {
        while (!serveur.isClosed()) {
            try {
                Socket client = serveur.accept();
                ouvertes.add(client);
                Thread t = new Thread(() -> servir(client), "proxy-http-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException fermeture) {
                return;
            }
        }
    }

    private void servir(Socket client) {
        Socket versAmont = null;
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> tete = tete(in);
                if (tete == null) {
                    return;
                }
                String[] ligne = tete.get(0).split(" ");
                if (tete.removeIf(h -> h.toLowerCase(Locale.ROOT).startsWith("expect:"))) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                byte[] corps = corps(in, tete, false);
                Map<String, String> entetes = new HashMap<>();
                tete.stream().skip(1).filter(h -> h.indexOf(':') > 0).forEach(h -> entetes.putIfAbsent(
                        h.substring(0, h.indexOf(':')).strip().toLowerCase(Locale.ROOT), h.substring(h.indexOf(':') + 1).strip()));
                Requete r = new Requete(ligne[0], ligne[1], Map.copyOf(entetes), corps);
                recues.add(r);
                Action action = regle.apply(r);
                switch (action) {
                    case BLOQUER -> {
                        attendreLaFermeture(in);
                        return;
                    }
                    case ECHOUER, RALENTIR -> {
                        erreur(out, r, action);
                        return;
                    }
                    case COUPER -> {
                        couper(client);
                        return;
                    }
                    case RETARDER -> attendre(retard);
                    default -> {
                        // forwarded below
                    }
                }
                if (versAmont == null || versAmont.isClosed()) {
                    versAmont = new Socket(amont.getHost(), amont.getPort());
                    ouvertes.add(versAmont);
                }
                InputStream ain = new BufferedInputStream(versAmont.getInputStream());
                OutputStream aout = versAmont.getOutputStream();
                aout.write((String.join("\r\n", tete) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                aout.write(corps);
                aout.flush();
                List<String> reponse;
                do {
                    reponse = tete(ain);
                    if (reponse == null) {
                        return;
                    }
                } while (reponse.get(0).split(" ")[1].equals("100"));
                String statut = reponse.get(0).split(" ")[1];
                boolean sansCorps = r.methode().equals("HEAD") || statut.equals("204") || statut.equals("304");
                byte[] rcorps = sansCorps ? new byte[0] : corps(ain, reponse, true);
                if (action == Action.ECHOUER_APRES) {
                    erreur(out, r, action);
                    return;
                }
                if (action == Action.COUPER_APRES) {
                    couper(client);
                    return;
                }
                out.write((String.join("\r\n", reponse) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                if (action == Action.TRONQUER) {
                    out.write(rcorps, 0, Math.min(8, rcorps.length));
                    out.flush();
                    attendreLaFermeture(in);
                    return;
                }
                out.write(rcorps);
                out.flush();
                if (entete(reponse, "connection").map(v -> v.equalsIgnoreCase("close")).orElse(false)
                        || entete(reponse, "content-length").isEmpty() && !chunked(reponse) && !sansCorps) {
                    return;
                }
            }
        } catch (IOException coupee) {
            // the client or the server closed the connection: nothing more to relay on it
        } finally {
            if (versAmont != null) {
                try {
                    versAmont.close();
                } catch (IOException ignoree) {
                    // already closed
                }
            }
        }
    }

    /** An error answer as the service gives it: S3's XML, or SQS's JSON; the connection closed after it. */
    private static void erreur(OutputStream out, Requete r, Action action) throws IOException {
        boolean ralentir = action == Action.RALENTIR;
        String code = r.actionSqs() != null ? (ralentir ? "RequestThrottled" : "InternalFailure")
                : ralentir ? "SlowDown" : "InternalError";
        byte[] corps = (r.actionSqs() != null ? "{\"__type\":\"com.amazonaws.sqs#" + code + "\",\"message\":\"panne\"}"
                : "<Error><Code>" + code + "</Code><Message>panne</Message></Error>").getBytes(StandardCharsets.UTF_8);
        String type = r.actionSqs() != null ? "application/x-amz-json-1.0" : "application/xml";
        out.write(("HTTP/1.1 " + (ralentir ? "503 Service Unavailable" : "500 Internal Server Error") + "\r\nContent-Type: "
                + type + "\r\nContent-Length: " + corps.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(corps);
        out.flush();
    }

    /** A reset rather than an orderly close: the client reads "connection reset". */
    private static void couper(Socket client) throws IOException {
        client.setSoLinger(true, 0);
        client.close();
    }

    private static void attendre(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stalled endpoint answers nothing: it waits until the client gives up and closes. */
    private static void attendreLaFermeture(InputStream in) throws IOException {
        while (in.read() >= 0) {
            // whatever the client sends now is not answered
        }
    }

    /** The lines of a message's head, without the blank line; null when the connection is closed before one. */
    private static List<String> tete(InputStream in) throws IOException {
        List<String> lignes = new ArrayList<>();
        while (true) {
            String l = ligne(in);
            if (l == null) {
                return null;
            }
            if (l.isEmpty()) {
                if (lignes.isEmpty()) {
                    continue;
                }
                return lignes;
            }
            lignes.add(l);
        }
    }

    private static String ligne(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] o = b.toByteArray();
                int n = o.length > 0 && o[o.length - 1] == '\r' ? o.length - 1 : o.length;
                return new String(o, 0, n, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        return null;
    }

    /** The body as sent, framing included: by Content-Length, chunked, or (a response without either) until closed. */
    private static byte[] corps(InputStream in, List<String> tete, boolean reponse) throws IOException {
        var longueur = entete(tete, "content-length");
        if (longueur.isPresent()) {
            return in.readNBytes(Integer.parseInt(longueur.get().strip()));
        }
        if (chunked(tete)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            while (true) {
                String taille = ligne(in);
                b.write((taille + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                int n = Integer.parseInt(taille.split(";")[0].strip(), 16);
                if (n == 0) {
                    String fin;
                    do {
                        fin = ligne(in);
                        b.write((fin + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    } while (fin != null && !fin.isEmpty());
                    return b.toByteArray();
                }
                b.write(in.readNBytes(n + 2));
            }
        }
        return reponse ? in.readAllBytes() : new byte[0];
    }

    private static boolean chunked(List<String> tete) {
        return entete(tete, "transfer-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
    }

    private static java.util.Optional<String> entete(List<String> tete, String nom) {
        return tete.stream().skip(1).filter(h -> h.toLowerCase(Locale.ROOT).startsWith(nom + ":"))
                .map(h -> h.substring(h.indexOf(':') + 1).strip()).findFirst();
    }
}
