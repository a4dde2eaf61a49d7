package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule over the whole file: demandes sharing a key are all in anomaly, the first occurrence included, each
 * with {@code autres}, the indexes of the other demandes involved.
 */
abstract class RegleUnicite<K> implements RegleDemande {

    private final Code code;

    RegleUnicite(Code code) {
        this.code = code;
    }

    abstract K cle(Demande demande);

    /** The value the anomaly is about. */
    abstract Valeur<?> sur(Demande demande);

    abstract Object[] valeurs(Demande demande);

    @Override
    public final void verifier(List<Demande> demandes, Contexte contexte, Anomalies anomalies) {
        // A valid file has no duplicate: a list of indexes is made only for a key seen twice.
        Map<K, Integer> premiers = new HashMap<>(demandes.size() * 2);
        Map<K, List<Integer>> doublons = new HashMap<>();
        for (Demande d : demandes) {
            K cle = cle(d);
            Integer premier = premiers.putIfAbsent(cle, d.index());
            if (premier != null) {
                doublons.computeIfAbsent(cle, k -> new ArrayList<>(List.of(premier))).add(d.index());
            }
        }
        if (doublons.isEmpty()) {
            return;
        }
        for (Demande d : demandes) {
            List<Integer> memes = doublons.get(cle(d));
            if (memes != null) {
                List<Integer> autres = new ArrayList<>(memes);
                autres.remove(Integer.valueOf(d.index()));
                anomalies.ajouter(d, code.erreur(sur(d).chemin(), valeurs(d)).autres(autres));
            }
        }
    }
}
