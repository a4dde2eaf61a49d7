package fr.simulateursons.engine.format;

import fr.simulateursons.engine.Code;
import fr.simulateursons.engine.Erreur;
import fr.simulateursons.engine.cles.Siret;
import fr.simulateursons.engine.parametres.Parametres;
import fr.simulateursons.ressources.Solution;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** E01–E04: the header against the référentiel, once the schema holds. All four checks run. */
public final class ControleEntete {

    private ControleEntete() {
    }

    public static List<Erreur> controler(JsonNode document, Parametres parametres) {
        Solution solution = parametres.solution();
        String siret = document.get("siret").asString();
        String numero = document.get("numeroReferencement").asString();
        String dispositif = document.get("dispositif").asString();

        List<Erreur> erreurs = new ArrayList<>();
        if (!Siret.valide(siret)) {
            erreurs.add(Code.E01.erreur("/siret", siret));
        }
        if (!numero.equals(parametres.numeroAns())) {
            erreurs.add(Code.E02.erreur("/numeroReferencement", numero, parametres.numeroAns()));
        }
        if (!siret.equals(solution.siretFournisseur())) {
            erreurs.add(Code.E03.erreur("/siret", siret, solution.numeroAns()));
        }
        if (!solution.dispositifs().contains(dispositif)) {
            erreurs.add(Code.E04.erreur("/dispositif", dispositif, solution.numeroAns()));
        }
        return erreurs;
    }
}
