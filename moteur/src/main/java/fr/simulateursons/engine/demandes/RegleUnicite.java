package fr.simulateursons.engine.demandes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A rule over the whole file: demandes sharing a key are all in anomaly, the first occurrence included. */
abstract class RegleUnicite<K> implements RegleDemande {

    abstract K cle(Demande demande);

    abstract void signaler(Demande demande, Anomalies anomalies);

    @Override
    public final void verifier(List<Demande> demandes, Contexte contexte, Anomalies anomalies) {
        Map<K, Long> occurrences = demandes.stream().collect(Collectors.groupingBy(this::cle, Collectors.counting()));
        for (Demande d : demandes) {
            if (occurrences.get(cle(d)) > 1) {
                signaler(d, anomalies);
            }
        }
    }
}
