package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/** D09: the purchase order is not signed after the day of the date de dépôt. */
final class D09SignatureFuture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        var signature = demande.bonDeCommande().date();
        if (signature.valeur().isAfter(contexte.jourDeDepot())) {
            anomalies.signalerAttendu(demande, Code.D09, signature, contexte.date(contexte.jourDeDepot()),
                    signature.texte());
        }
    }
}
