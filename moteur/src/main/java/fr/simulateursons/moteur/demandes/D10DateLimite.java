package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.time.LocalDate;

/** D10: the purchase order is not signed after the dispositif's deadline (its date in Europe/Paris). */
final class D10DateLimite implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        LocalDate limite = contexte.dateLimite();
        var signature = demande.bonDeCommande().date();
        if (signature.valeur().isAfter(limite)) {
            String ecrite = contexte.date(limite);
            anomalies.signalerAttendu(demande, Code.D10, signature, ecrite, signature.texte(), ecrite);
        }
    }
}
