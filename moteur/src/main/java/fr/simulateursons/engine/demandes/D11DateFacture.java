package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D11 (SOLDE): the invoice is not dated before the purchase order's signature. */
final class D11DateFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        demande.facture().filter(f -> f.date().isBefore(demande.bonDeCommande().date()))
                .ifPresent(f -> anomalies.signaler(demande, Code.D11, "facture/date", f.texteDate()));
    }
}
