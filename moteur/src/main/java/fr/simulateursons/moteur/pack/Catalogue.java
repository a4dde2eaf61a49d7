package fr.simulateursons.moteur.pack;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The format SONS in force by date (spec §6): the packs of a catalogue, whose periods never overlap
 * ({@link Catalogues} refuses a catalogue where they do), in order of their start. A single pack is a catalogue of
 * one.
 *
 * @param chemin where it was read from
 */
public record Catalogue(String chemin, List<Pack> packs) {

    public Catalogue {
        packs = packs.stream().sorted(Comparator.comparing((Pack p) -> p.manifeste().periode().du(),
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The pack in force at {@code t}, if one is. */
    public Optional<Pack> enVigueur(Instant t) {
        for (Pack p : packs) {
            if (p.manifeste().periode().contient(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
