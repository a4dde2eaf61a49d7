package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/**
 * D13 (SOLDE): the attestation is dated on or after the signature, and not after the day of the date de dépôt. It
 * expects the order's date as D09 and D10 leave it ({@link Contexte#signatureAttendue}).
 */
final class D13DateAttestation implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        var signature = demande.bonDeCommande().date();
        demande.attestation()
                .filter(a -> a.valeur().isBefore(signature.valeur()) || a.valeur().isAfter(contexte.jourDeDepot()))
                .ifPresent(a -> anomalies.signalerAttendu(demande, Code.D13, a, contexte.date(contexte.signatureAttendue(demande)),
                        a.texte()));
    }
}
