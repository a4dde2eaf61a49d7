package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/**
 * D12 (SOLDE): the invoiced amount HT does not exceed the purchase order's. It expects the order's HT as D06 leaves it
 * ({@link Contexte#htAttendu}).
 */
final class D12MontantFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        var commande = demande.bonDeCommande().ht();
        demande.facture().filter(f -> f.ht().valeur().compareTo(commande.valeur()) > 0)
                .ifPresent(f -> anomalies.signalerAttendu(demande, Code.D12, f.ht(), contexte.montant(contexte.htAttendu(demande), f.ht(), demande),
                        f.ht().texte()));
    }
}
