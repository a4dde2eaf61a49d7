package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.math.BigDecimal;

/** D07: montantTVA = round-half-up(montantHT × taux / 100, 2), on the purchase order and on the invoice. */
final class D07MontantTva implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        for (Demande.Bloc m : demande.blocs()) {
            BigDecimal attendue = contexte.tva(m.ht().valeur());
            if (m.tva().valeur().compareTo(attendue) != 0) {
                anomalies.signalerAttendu(demande, Code.D07, m.tva(), contexte.montant(attendue, m.tva(), demande),
                        m.tva().texte(), contexte.parametres().tauxTva().texte());
            }
        }
    }
}
