package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.Code;

/** D01: {@code idDemande} is unique in the file. */
final class D01IdDemandeUnique extends RegleUnicite<String> {

    @Override
    String cle(Demande demande) {
        return demande.idDemande();
    }

    @Override
    void signaler(Demande demande, Anomalies anomalies) {
        anomalies.signaler(demande, Code.D01, "idDemande", demande.idDemande());
    }
}
