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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An HTTP/1.1 proxy on loopback in front of a real server (moto), for fault tests: each request, as the SDK sends
 * it, is recorded, then forwarded, or held without answer (a stalled endpoint), or answered 500 (a failing write), or
 * answered with its head and a few bytes of body before the stall (a stream that stops mid-way). Requests follow
 * each other on a client connection as they do on S3's keep-alive connections.
 */
public final class ProxyHttp implements AutoCloseable {

    public enum Action { TRANSMETTRE, BLOQUER, ECHOUER, TRONQUER }

    /** A request as received: method, path with its query, and the body's bytes as sent (aws-chunked included). */
    public record Requete(String methode, String chemin, byte[] corps) {
        public boolean contient(String texte) {
            return new String(corps, StandardCharsets.UTF_8).contains(texte);
        }
    }

    private final ServerSocket serveur;
    private final URI amont;
    private final List<Socket> ouvertes = new CopyOnWriteArrayList<>();
    private final List<Requete> recues = new CopyOnWriteArrayList<>();
    private volatile Function<Requete, Action> regle = r -> Action.TRANSMETTRE;

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
                Requete r = new Requete(ligne[0], ligne[1], corps);
                recues.add(r);
                Action action = regle.apply(r);
                if (action == Action.BLOQUER) {
                    attendreLaFermeture(in);
                    return;
                }
                if (action == Action.ECHOUER) {
                    byte[] xml = "<Error><Code>InternalError</Code><Message>panne</Message></Error>"
                            .getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\nContent-Length: "
                            + xml.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(xml);
                    out.flush();
                    return;
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
