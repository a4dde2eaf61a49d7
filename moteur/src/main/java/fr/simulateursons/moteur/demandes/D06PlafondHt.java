package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.math.BigDecimal;

/** D06: 0 &lt; montantHT ≤ the plafond HT of (dispositif, prestation). */
final class D06PlafondHt implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        Valeur<BigDecimal> ht = demande.bonDeCommande().ht();
        BigDecimal plafond = contexte.plafond(demande.prestation().valeur());
        if (ht.valeur().signum() <= 0 || ht.valeur().compareTo(plafond) > 0) {
            String plafondEcrit = contexte.montant(plafond, ht, demande);
            anomalies.signalerAttendu(demande, Code.D06, ht, plafondEcrit, ht.texte(), plafondEcrit);
        }
    }
}
