package fr.simulateursons.moteur.pack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was read from a pack's source, kept per process by the source's path: from a source that never changes (the
 * bundled pack, the bundled catalogue) read once, without the checks the build already ran; from another, read
 * with every check and used again while the source's {@link SourcePack#signature()} is unchanged — so that a
 * simulation on a catalogue in a directory or under an S3 prefix costs one look at it, and a replaced file takes
 * effect at the next simulation. {@code verifier} always reads with every check.
 */
final class DejaLus<T> {

    /** How a source becomes a {@code T}: with every check, or without. */
    @FunctionalInterface
    interface Lecture<T> {
        T lire(SourcePack source, boolean controler) throws PackIncoherent;
    }

    private record Lu<T>(String signature, T valeur) {
    }

    private final Map<String, Lu<T>> lus = new ConcurrentHashMap<>();
    private final Lecture<T> lecture;

    DejaLus(Lecture<T> lecture) {
        this.lecture = lecture;
    }

    T charger(SourcePack source) throws PackIncoherent {
        if (!source.immuable()) {
            return changeant(source);
        }
        Lu<T> deja = lus.get(source.chemin());
        if (deja != null) {
            return deja.valeur();
        }
        T lu = lecture.lire(source, false);
        // One per process even when two threads read it at once: what it compiles is compiled once.
        deja = lus.putIfAbsent(source.chemin(), new Lu<>("", lu));
        return deja == null ? lu : deja.valeur();
    }

    T verifier(SourcePack source) throws PackIncoherent {
        T verifie = lecture.lire(source, true);
        if (source.immuable()) {
            lus.put(source.chemin(), new Lu<>("", verifie));
        }
        return verifie;
    }

    /** Taken before the reading: a file changed meanwhile only makes the next simulation read it all again. */
    private T changeant(SourcePack source) throws PackIncoherent {
        Optional<String> signature = source.signature();
        if (signature.isPresent()) {
            Lu<T> deja = lus.get(source.chemin());
            if (deja != null && deja.signature().equals(signature.get())) {
                return deja.valeur();
            }
        }
        T lu = lecture.lire(source, true);
        signature.ifPresent(s -> lus.put(source.chemin(), new Lu<>(s, lu)));
        return lu;
    }
}
