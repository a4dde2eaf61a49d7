package fr.simulateursons.cli;

import fr.simulateursons.aws.Json;
import fr.simulateursons.moteur.Raisons;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The upload API as a client calls it ({@code deposer}): create a simulation, PUT its file where the API says with
 * every header it asks for, read its status, fetch a presigned link. Every failure to use the API is an
 * {@link Injoignable}, which says in French what failed.
 */
final class ClientApi {

    /** The API could not be used: unreachable, a refused key, an answer that is no answer of this API. */
    static final class Injoignable extends Exception {
        Injoignable(String message) {
            super(message);
        }
    }

    /** An answer of the API: its HTTP status and its JSON body. */
    record Reponse(int statut, JsonNode corps) {
    }

    private static final Duration DELAI = Duration.ofSeconds(30);

    private final URI api;
    private final String cle;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** @param cle the API key ({@code x-api-key}), null when the API asks for none */
    ClientApi(URI api, String cle) {
        this.api = api.toString().endsWith("/") ? api : URI.create(api + "/");
        this.cle = cle;
    }

    Reponse creer(Map<String, Object> corps) throws Injoignable {
        HttpRequest.Builder b = requete(api.resolve("simulations"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(corps)));
        return json(envoyer(b.build(), "la création de la simulation"));
    }

    Reponse consulter(String simulationId) throws Injoignable {
        return json(envoyer(requete(api.resolve("simulations/" + simulationId)).GET().build(),
                "la lecture du statut"));
    }

    /** The file to the presigned URL, with every header the API asked for, as is. */
    void deposer(String url, Map<String, String> entetes, byte[] fichier) throws Injoignable {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(DELAI)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(fichier));
        entetes.forEach(b::header);
        HttpResponse<byte[]> r = envoyer(b.build(), "le dépôt du fichier");
        if (r.statusCode() / 100 != 2) {
            throw new Injoignable("Le dépôt du fichier a été refusé par le stockage (HTTP " + r.statusCode() + ").");
        }
    }

    /** What a presigned link serves (the annotated file). */
    byte[] telecharger(String url) throws Injoignable {
        HttpResponse<byte[]> r = envoyer(HttpRequest.newBuilder(URI.create(url)).timeout(DELAI).GET().build(),
                "le téléchargement du fichier de sortie");
        if (r.statusCode() / 100 != 2) {
            throw new Injoignable("Le fichier de sortie n'a pas pu être téléchargé (HTTP " + r.statusCode() + ").");
        }
        return r.body();
    }

    private HttpRequest.Builder requete(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(DELAI).header("accept", "application/json");
        if (cle != null) {
            b.header("x-api-key", cle);
        }
        return b;
    }

    private HttpResponse<byte[]> envoyer(HttpRequest r, String quoi) throws Injoignable {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Injoignable("L'API " + api + " ne peut pas être jointe pour " + quoi + " : " + raison(e) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Injoignable("La commande a été interrompue pendant " + quoi + ".");
        }
    }

    /** Why the network failed, in French: the cases a CI job meets, else the file system's words. */
    private static String raison(IOException e) {
        if (e instanceof ConnectException) {
            return "connexion refusée";
        }
        if (e instanceof HttpTimeoutException) {
            return "délai de " + DELAI.toSeconds() + " s dépassé";
        }
        if (e.getCause() instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
            return "adresse inconnue";
        }
        return Raisons.de(null, e);
    }

    private static Reponse json(HttpResponse<byte[]> r) throws Injoignable {
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new Injoignable("L'API refuse la clé d'API (HTTP " + r.statusCode() + ") : donnez la bonne avec "
                    + "--cle-api ou SIMULATEUR_SONS_CLE_API.");
        }
        try {
            JsonNode corps = Json.MAPPER.readTree(r.body());
            if (corps == null || !corps.isObject()) {
                throw new Injoignable("L'API a répondu HTTP " + r.statusCode() + " sans réponse JSON.");
            }
            return new Reponse(r.statusCode(), corps);
        } catch (JacksonException e) {
            throw new Injoignable("L'API a répondu HTTP " + r.statusCode() + " : ce n'est pas une réponse de l'API "
                    + "du Simulateur SONS.");
        }
    }
}
