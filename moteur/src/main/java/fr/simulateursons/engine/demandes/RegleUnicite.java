package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;
import fr.simulateursons.engine.Valeur;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<K, List<Integer>> parCle = new LinkedHashMap<>();
        for (Demande d : demandes) {
            parCle.computeIfAbsent(cle(d), k -> new ArrayList<>(1)).add(d.index());
        }
        for (Demande d : demandes) {
            List<Integer> memes = parCle.get(cle(d));
            if (memes.size() > 1) {
                List<Integer> autres = new ArrayList<>(memes);
                autres.remove(Integer.valueOf(d.index()));
                anomalies.ajouter(d, code.erreur(sur(d).chemin(), valeurs(d)).autres(autres));
            }
        }
    }
}
