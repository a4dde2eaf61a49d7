package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

/** D01: {@code idDemande} is unique in the file. */
final class D01IdDemandeUnique extends RegleUnicite<String> {

    D01IdDemandeUnique() {
        super(Code.D01);
    }

    @Override
    String cle(Demande demande) {
        return demande.idDemande().valeur();
    }

    @Override
    Valeur<?> sur(Demande demande) {
        return demande.idDemande();
    }

    @Override
    Object[] valeurs(Demande demande) {
        return new Object[] {demande.idDemande().texte()};
    }
}
