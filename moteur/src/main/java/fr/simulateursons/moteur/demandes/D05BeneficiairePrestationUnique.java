package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.util.List;

/** D05: one demande per (FINESS géographique, prestation). */
final class D05BeneficiairePrestationUnique extends RegleUnicite<List<String>> {

    D05BeneficiairePrestationUnique() {
        super(Code.D05);
    }

    @Override
    List<String> cle(Demande demande) {
        return List.of(demande.finessGeographique().valeur(), demande.prestation().valeur());
    }

    @Override
    Valeur<?> sur(Demande demande) {
        return demande.finessGeographique();
    }

    @Override
    Object[] valeurs(Demande demande) {
        return new Object[] {demande.finessGeographique().texte(), demande.prestation().texte()};
    }
}
