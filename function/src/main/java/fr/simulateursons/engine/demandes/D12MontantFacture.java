package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D12 (SOLDE): the invoiced amount HT does not exceed the purchase order's. */
final class D12MontantFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        if (demande.a("facture")
                && demande.montant("facture/montantHT").compareTo(demande.montant("bonDeCommande/montantHT")) > 0) {
            anomalies.signaler(demande, Code.D12, "facture/montantHT",
                    demande.montant("facture/montantHT").toString());
        }
    }
}
