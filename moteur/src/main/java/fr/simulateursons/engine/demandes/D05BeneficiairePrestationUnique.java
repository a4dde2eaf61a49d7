package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

import java.util.List;

/** D05: one demande per (FINESS géographique, prestation). */
final class D05BeneficiairePrestationUnique extends RegleUnicite<List<String>> {

    @Override
    List<String> cle(Demande demande) {
        return List.of(demande.beneficiaire().finessGeographique(), demande.prestation());
    }

    @Override
    void signaler(Demande demande, Anomalies anomalies) {
        anomalies.signaler(demande, Code.D05, "beneficiaire/finessGeographique",
                demande.beneficiaire().finessGeographique(), demande.prestation());
    }
}
