package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.annulation.Annulation;

import java.util.List;

/** One D-rule. It sees every demande, so that the rules over the whole file (D01, D05) have the same shape. */
public interface RegleDemande {

    void verifier(List<Demande> demandes, Contexte contexte, Anomalies anomalies);

    /** A rule that looks at one demande at a time. */
    interface ParDemande extends RegleDemande {

        void verifier(Demande demande, Contexte contexte, Anomalies anomalies);

        @Override
        default void verifier(List<Demande> demandes, Contexte contexte, Anomalies anomalies) {
            for (Demande d : demandes) {
                Annulation.verifier(d.index());
                verifier(d, contexte, anomalies);
            }
        }
    }
}
