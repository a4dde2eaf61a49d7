package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D11 (SOLDE): the invoice is not dated before the purchase order's signature. */
final class D11DateFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        if (demande.a("facture")
                && demande.date("facture/date").isBefore(demande.date("bonDeCommande/dateSignature"))) {
            anomalies.signaler(demande, Code.D11, "facture/date", demande.texte("facture/date"));
        }
    }
}
