package fr.simulateursons.moteur.format;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.cles.Siret;
import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.ressources.Solution;

import java.util.ArrayList;
import java.util.List;

/** E01–E04: the header against the référentiel, once the schema holds. All four checks run. */
final class ControleEntete {

    private ControleEntete() {
    }

    static List<Erreur> controler(LectureDocument.Entete entete, ParametresValides parametres) {
        Solution solution = parametres.solution();
        var siret = entete.siret();
        var numero = entete.numeroReferencement();
        var dispositif = entete.dispositif();

        List<Erreur> erreurs = new ArrayList<>();
        if (!Siret.valide(siret.valeur())) {
            erreurs.add(Code.E01.erreur(siret.chemin(), siret.texte()));
        }
        if (!numero.valeur().equals(parametres.numeroAns())) {
            erreurs.add(Code.E02.erreur(numero.chemin(), numero.texte(), parametres.numeroAns()));
        }
        if (!siret.valeur().equals(solution.siretFournisseur())) {
            erreurs.add(Code.E03.erreur(siret.chemin(), siret.texte(), solution.numeroAns()));
        }
        if (!solution.dispositifs().contains(dispositif.valeur())) {
            erreurs.add(Code.E04.erreur(dispositif.chemin(), dispositif.texte(), solution.numeroAns()));
        }
        return erreurs;
    }
}
