package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The anomalies found so far, by index of demande. */
public final class Anomalies {
    private final Map<Integer, List<Erreur>> parDemande = new TreeMap<>();

    /** An anomaly about {@code sur} (its chemin), the message filled with {@code valeurs}. */
    public Erreur signaler(Demande demande, Code code, Valeur<?> sur, Object... valeurs) {
        return ajouter(demande, code.erreur(sur.chemin(), valeurs));
    }

    /** The same, with the right value the rule knows. */
    public Erreur signalerAttendu(Demande demande, Code code, Valeur<?> sur, String attendu, Object... valeurs) {
        return ajouter(demande, code.erreur(sur.chemin(), valeurs).attendu(attendu));
    }

    Erreur ajouter(Demande demande, Erreur erreur) {
        parDemande.computeIfAbsent(demande.index(), i -> new ArrayList<>()).add(erreur);
        return erreur;
    }

    public Map<Integer, List<Erreur>> parDemande() {
        return parDemande;
    }
}
