package fr.simulateursons.moteur;

import fr.simulateursons.moteur.parametres.SourcesDeParametres;

import java.util.HashMap;
import java.util.Map;

/**
 * The three fields of the portal's form, as given (spec §1): they are checked by the chain itself (PARAMETRES),
 * so an absent or wrong one is a rejection with its code, not an exception.
 *
 * @param numeroAns   the numéro ANS (numéro de référencement) of the solution
 * @param typeDemande {@code AVANCE} or {@code SOLDE}, any case
 * @param tauxTva     the supplier's TVA rate in %: {@code 0}, {@code 2.1}, {@code 5.5}, {@code 8.5}, {@code 10}, {@code 20}
 */
public record ParametresSimulation(String numeroAns, String typeDemande, String tauxTva) {

    public static ParametresSimulation avance(String numeroAns, String tauxTva) {
        return new ParametresSimulation(numeroAns, "AVANCE", tauxTva);
    }

    public static ParametresSimulation solde(String numeroAns, String tauxTva) {
        return new ParametresSimulation(numeroAns, "SOLDE", tauxTva);
    }

    SourcesDeParametres sources() {
        Map<String, String> options = new HashMap<>();
        if (numeroAns != null) {
            options.put(SourcesDeParametres.NUMERO_ANS, numeroAns);
        }
        if (typeDemande != null) {
            options.put(SourcesDeParametres.TYPE_DEMANDE, typeDemande);
        }
        if (tauxTva != null) {
            options.put(SourcesDeParametres.TAUX_TVA, tauxTva);
        }
        return SourcesDeParametres.options(options);
    }
}
