package fr.simulateursons.moteur.ressources;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The entries of a resource by their key. */
final class Index {

    private Index() {
    }

    /** @throws IllegalStateException when two entries share a key: a resource that lists one thing twice is broken */
    static <K, V> Map<K, V> par(List<V> entrees, Function<V, K> cle) {
        return entrees.stream().collect(Collectors.toUnmodifiableMap(cle, Function.identity()));
    }
}
