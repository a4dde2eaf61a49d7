package fr.simulateursons.moteur.pack;

import java.util.List;

/** A pack that cannot be read or is not coherent: every fault found, the first one first. */
public final class PackIncoherent extends Exception {

    private final String chemin;
    private final List<DefautPack> defauts;

    public PackIncoherent(String chemin, List<DefautPack> defauts) {
        super("Pack de format SONS incohérent (" + chemin + ") : " + defauts.get(0));
        this.chemin = chemin;
        this.defauts = List.copyOf(defauts);
    }

    /** Where the pack was read from. */
    public String chemin() {
        return chemin;
    }

    public List<DefautPack> defauts() {
        return defauts;
    }

    /** Each fault as {@code format-sons verifier} prints it: its place, then what is wrong, in French. */
    public List<String> textes() {
        return defauts.stream().map(DefautPack::toString).toList();
    }
}
