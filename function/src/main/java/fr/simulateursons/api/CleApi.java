package fr.simulateursons.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The API keys a client may present in {@code x-api-key}, from {@code API_KEYS} (comma-separated). None
 * configured: the API is open (local runs). Compared in constant time.
 */
public final class CleApi {

    private final List<byte[]> cles;

    public CleApi(Optional<String> configuration) {
        this.cles = configuration.stream()
                .flatMap(c -> Arrays.stream(c.split(",")))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(c -> c.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    public boolean exigee() {
        return !cles.isEmpty();
    }

    public boolean accepte(String presentee) {
        if (!exigee()) {
            return true;
        }
        if (presentee == null) {
            return false;
        }
        byte[] p = presentee.getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (byte[] c : cles) {
            ok |= MessageDigest.isEqual(c, p);
        }
        return ok;
    }
}
