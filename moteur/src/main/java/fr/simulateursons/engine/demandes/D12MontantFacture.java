package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D12 (SOLDE): the invoiced amount HT does not exceed the purchase order's. */
final class D12MontantFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        demande.facture().filter(f -> f.ht().compareTo(demande.bonDeCommande().ht()) > 0)
                .ifPresent(f -> anomalies.signaler(demande, Code.D12, "facture/montantHT", f.ht().toString()));
    }
}
