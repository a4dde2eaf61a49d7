package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** D07: montantTVA = round-half-up(montantHT × taux / 100, 2), on the purchase order and on the invoice. */
final class D07MontantTva implements RegleDemande.ParDemande {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        BigDecimal taux = contexte.parametres().tauxTva().pourcentage();
        for (Demande.Bloc m : demande.blocs()) {
            BigDecimal attendue = m.ht().valeur().multiply(taux).divide(CENT);
            if (attendue.scale() > 2) {
                attendue = attendue.setScale(2, RoundingMode.HALF_UP);
            }
            if (m.tva().valeur().compareTo(attendue) != 0) {
                anomalies.signalerAttendu(demande, Code.D07, m.tva(), Attendu.montant(attendue), m.tva().texte(),
                        contexte.parametres().tauxTva().texte());
            }
        }
    }
}
