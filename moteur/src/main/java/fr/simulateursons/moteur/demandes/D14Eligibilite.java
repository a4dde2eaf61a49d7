package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.ressources.Eligibilite;
import fr.simulateursons.moteur.ressources.Etablissement;

import java.util.Optional;

/**
 * D14, only where a base of eligible establishments is configured: the FINESS géographique is listed for
 * the dispositif, and the amount HT stays within the establishment's own plafond if it has one.
 */
final class D14Eligibilite implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        if (contexte.eligibilite().isEmpty()) {
            return;
        }
        Eligibilite base = contexte.eligibilite().get();
        var finess = demande.finessGeographique();
        String dispositif = contexte.dispositif().code();
        Optional<Etablissement> etablissement = base.etablissement(finess.valeur())
                .filter(e -> e.dispositifs().contains(dispositif));
        if (etablissement.isEmpty()) {
            anomalies.signaler(demande, Code.D14, finess, finess.texte(), dispositif);
        } else if (etablissement.get().plafondHT() != null
                && demande.bonDeCommande().ht().valeur().compareTo(etablissement.get().plafondHT()) > 0) {
            anomalies.signalerAttendu(demande, Code.D14, demande.bonDeCommande().ht(),
                    contexte.montant(etablissement.get().plafondHT(), demande.bonDeCommande().ht(), demande), finess.texte(),
                    dispositif);
        }
    }
}
