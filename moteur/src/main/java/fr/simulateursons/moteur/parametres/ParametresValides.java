package fr.simulateursons.moteur.parametres;

import fr.simulateursons.moteur.DateDepot;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.ressources.Solution;

/**
 * The parameters of a simulation once they have passed PARAMETRES.
 *
 * @param pack the format pack in force at the date de dépôt, which covers the type de demande
 */
public record ParametresValides(String numeroAns, TypeDemande typeDemande, TauxTva tauxTva, Solution solution,
                                DateDepot dateDepot, Pack pack) {
}
