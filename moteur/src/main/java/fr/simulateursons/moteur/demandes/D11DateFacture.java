package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/**
 * D11 (SOLDE): the invoice is not dated before the purchase order's signature. It expects the order's date as D09 and
 * D10 leave it ({@link Contexte#signatureAttendue}).
 */
final class D11DateFacture implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        var signature = demande.bonDeCommande().date();
        demande.facture().filter(f -> f.date().valeur().isBefore(signature.valeur()))
                .ifPresent(f -> anomalies.signalerAttendu(demande, Code.D11, f.date(), contexte.date(contexte.signatureAttendue(demande)),
                        f.date().texte()));
    }
}
