package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D08: montantTTC = montantHT + montantTVA to the cent, on the purchase order and on the invoice. */
final class D08MontantTtc implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        for (Demande.Bloc m : demande.blocs()) {
            if (m.ttc().compareTo(m.ht().add(m.tva())) != 0) {
                anomalies.signaler(demande, Code.D08, m.nom() + "/montantTTC", m.ttc().toString());
            }
        }
    }
}
