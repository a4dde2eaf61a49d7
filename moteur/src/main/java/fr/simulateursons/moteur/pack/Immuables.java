package fr.simulateursons.moteur.pack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is read once per process from a source that never changes (the bundled pack, the bundled catalogue), by the
 * source's path: read without the checks the build already ran, or with them for {@code verifier}, whose checked
 * result then serves the simulations that follow (the examples', SnapStart's). A source that may change is read
 * each time, checked.
 */
final class Immuables<T> {

    /** How a source becomes a {@code T}: with every check, or without. */
    @FunctionalInterface
    interface Lecture<T> {
        T lire(SourcePack source, boolean controler) throws PackIncoherent;
    }

    private final Map<String, T> lus = new ConcurrentHashMap<>();
    private final Lecture<T> lecture;

    Immuables(Lecture<T> lecture) {
        this.lecture = lecture;
    }

    T charger(SourcePack source) throws PackIncoherent {
        if (!source.immuable()) {
            return lecture.lire(source, true);
        }
        T deja = lus.get(source.chemin());
        if (deja != null) {
            return deja;
        }
        T lu = lecture.lire(source, false);
        // One per process even when two threads read it at once: what it compiles is compiled once.
        deja = lus.putIfAbsent(source.chemin(), lu);
        return deja == null ? lu : deja;
    }

    T verifier(SourcePack source) throws PackIncoherent {
        T verifie = lecture.lire(source, true);
        if (source.immuable()) {
            lus.put(source.chemin(), verifie);
        }
        return verifie;
    }
}
