package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.annulation.Annulation;
import fr.simulateursons.moteur.cles.Finess;
import fr.simulateursons.moteur.cles.Siret;

import java.util.List;
import java.util.Map;

/** Stage DEMANDES: every rule on every demande; a demande's anomalies come in the order of the codes. */
public final class ControleDemandes {

    private static final List<RegleDemande> REGLES = List.of(
            new D01IdDemandeUnique(),
            new RegleCle(Code.D02, Demande::siret, Siret::valide),
            new RegleCle(Code.D03, Demande::finessJuridique, Finess::valide),
            new RegleCle(Code.D04, Demande::finessGeographique, Finess::valide),
            new D05BeneficiairePrestationUnique(),
            new D06PlafondHt(),
            new D07MontantTva(),
            new D08MontantTtc(),
            new D09SignatureFuture(),
            new D10DateLimite(),
            new D11DateFacture(),
            new D12MontantFacture(),
            new D13DateAttestation(),
            new D14Eligibilite());

    private ControleDemandes() {
    }

    /** The anomalies by index of demande; empty when every demande passes. */
    public static Map<Integer, List<Erreur>> controler(List<Demande> demandes, Contexte contexte) {
        Anomalies anomalies = new Anomalies();
        for (RegleDemande regle : REGLES) {
            Annulation.verifier();
            regle.verifier(demandes, contexte, anomalies);
        }
        return anomalies.parDemande();
    }
}
