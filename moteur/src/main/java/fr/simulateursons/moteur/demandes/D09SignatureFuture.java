package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/** D09: the purchase order is not signed after the day of the simulation. */
final class D09SignatureFuture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        var signature = demande.bonDeCommande().date();
        if (signature.valeur().isAfter(contexte.aujourdhui())) {
            anomalies.signalerAttendu(demande, Code.D09, signature, Attendu.date(contexte.aujourdhui()),
                    signature.texte());
        }
    }
}
