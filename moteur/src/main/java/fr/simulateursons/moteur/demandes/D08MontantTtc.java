package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.math.BigDecimal;

/**
 * D08: montantTTC = montantHT + the TVA that D07 computes, to the cent, on the purchase order and on the invoice.
 * Judged against the computed TVA, not the file's: a file whose TVA and TTC are both wrong gets both anomalies at
 * once, and applying both {@code attendu} clears both in one pass.
 */
final class D08MontantTtc implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        for (Demande.Bloc m : demande.blocs()) {
            BigDecimal attendu = m.ht().valeur().add(contexte.tva(m.ht().valeur()));
            if (m.ttc().valeur().compareTo(attendu) != 0) {
                anomalies.signalerAttendu(demande, Code.D08, m.ttc(), contexte.montant(attendu, m.ttc(), demande),
                        m.ttc().texte());
            }
        }
    }
}
