package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;
import fr.simulateursons.engine.Erreur;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The anomalies found so far, by index of demande. */
public final class Anomalies {
    private final Map<Integer, List<Erreur>> parDemande = new TreeMap<>();

    public void signaler(Demande demande, Code code, String relatif, Object... valeurs) {
        parDemande.computeIfAbsent(demande.index(), i -> new ArrayList<>())
                .add(code.erreur(demande.chemin(relatif), valeurs));
    }

    public Map<Integer, List<Erreur>> parDemande() {
        return parDemande;
    }
}
