package fr.simulateursons.ressources;

import java.util.List;

/** One or more resources could not be read or do not match their format: the simulation cannot run (R01). */
public final class RessourcesIllisibles extends Exception {
    private final List<SourceRessource> sources;

    public RessourcesIllisibles(List<SourceRessource> sources, Throwable premiereCause) {
        super("Ressources illisibles : " + sources.stream().map(SourceRessource::chemin).toList(), premiereCause);
        this.sources = List.copyOf(sources);
    }

    public List<SourceRessource> sources() {
        return sources;
    }
}
