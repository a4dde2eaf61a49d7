package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.math.BigDecimal;

/** D08: montantTTC = montantHT + montantTVA to the cent, on the purchase order and on the invoice. */
final class D08MontantTtc implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        for (Demande.Bloc m : demande.blocs()) {
            BigDecimal somme = m.ht().valeur().add(m.tva().valeur());
            if (m.ttc().valeur().compareTo(somme) != 0) {
                anomalies.signalerAttendu(demande, Code.D08, m.ttc(), Attendu.montant(somme), m.ttc().texte());
            }
        }
    }
}
