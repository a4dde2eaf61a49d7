package fr.simulateursons.api;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** An HTTP request as the API sees it, whatever carried it (API Gateway, the local server). Header names lower-case. */
public record RequeteHttp(String methode, String chemin, Map<String, String> entetes, String corps) {

    public RequeteHttp {
        methode = methode.toUpperCase(Locale.ROOT);
        entetes = entetes.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        corps = corps == null ? "" : corps;
    }
}
