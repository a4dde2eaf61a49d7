package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

import java.time.LocalDate;

/** D13 (SOLDE): the attestation is dated on or after the signature, and not in the future. */
final class D13DateAttestation implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        if (!demande.a("attestation")) {
            return;
        }
        LocalDate date = demande.date("attestation/date");
        if (date.isBefore(demande.date("bonDeCommande/dateSignature")) || date.isAfter(contexte.aujourdhui())) {
            anomalies.signaler(demande, Code.D13, "attestation/date", demande.texte("attestation/date"));
        }
    }
}
