package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

import java.math.BigDecimal;

/** D06: 0 &lt; montantHT ≤ the plafond HT of (dispositif, prestation). */
final class D06PlafondHt implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        BigDecimal ht = demande.bonDeCommande().ht();
        BigDecimal plafond = contexte.dispositif().plafondsHT().get(demande.prestation());
        if (ht.signum() <= 0 || ht.compareTo(plafond) > 0) {
            anomalies.signaler(demande, Code.D06, "bonDeCommande/montantHT", ht.toString(),
                    plafond.toString());
        }
    }
}
