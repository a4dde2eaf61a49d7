package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.math.BigDecimal;

/** D06: 0 &lt; montantHT ≤ the plafond HT of (dispositif, prestation). */
final class D06PlafondHt implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        BigDecimal ht = demande.bonDeCommande().ht().valeur();
        BigDecimal plafond = contexte.plafond(demande.prestation().valeur());
        if (ht.signum() <= 0 || ht.compareTo(plafond) > 0) {
            anomalies.signalerAttendu(demande, Code.D06, demande.bonDeCommande().ht(), plafond.toPlainString(),
                    demande.bonDeCommande().ht().texte(), plafond.toPlainString());
        }
    }
}
