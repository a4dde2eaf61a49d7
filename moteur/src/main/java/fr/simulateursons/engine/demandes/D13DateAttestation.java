package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D13 (SOLDE): the attestation is dated on or after the signature, and not in the future. */
final class D13DateAttestation implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        demande.attestation()
                .filter(a -> a.date().isBefore(demande.bonDeCommande().date()) || a.date().isAfter(contexte.aujourdhui()))
                .ifPresent(a -> anomalies.signaler(demande, Code.D13, "attestation/date", a.texteDate()));
    }
}
