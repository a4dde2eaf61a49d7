package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D09: the purchase order is not signed after the day of the simulation. */
final class D09SignatureFuture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        if (demande.bonDeCommande().date().isAfter(contexte.aujourdhui())) {
            anomalies.signaler(demande, Code.D09, "bonDeCommande/dateSignature", demande.bonDeCommande().texteDate());
        }
    }
}
