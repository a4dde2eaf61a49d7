package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/** D12 (SOLDE): the invoiced amount HT does not exceed the purchase order's. */
final class D12MontantFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        var commande = demande.bonDeCommande().ht();
        demande.facture().filter(f -> f.ht().valeur().compareTo(commande.valeur()) > 0)
                .ifPresent(f -> anomalies.signalerAttendu(demande, Code.D12, f.ht(), contexte.montant(commande.valeur(), f.ht(), demande),
                        f.ht().texte()));
    }
}
