package fr.simulateursons.moteur.format;

import fr.simulateursons.moteur.Erreur;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FORMAT's errors in document order: at each level of their chemin, the index in the array or the rank of the key
 * in its object (a missing property after those present), then by code.
 */
final class OrdreDocument {

    private OrdreDocument() {
    }

    static List<Erreur> trier(List<Erreur> erreurs, JsonNode document) {
        record Placee(Erreur erreur, int[] positions) {
        }
        List<Placee> placees = new ArrayList<>(erreurs.size());
        for (Erreur e : erreurs) {
            placees.add(new Placee(e, positions(e.chemin(), document)));
        }
        placees.sort(Comparator.<Placee, int[]>comparing(Placee::positions, java.util.Arrays::compare)
                .thenComparing(p -> p.erreur().code()));
        return placees.stream().map(Placee::erreur).toList();
    }

    private static int[] positions(String chemin, JsonNode document) {
        List<Integer> positions = new ArrayList<>();
        JsonNode noeud = document;
        for (JsonPointer p = JsonPointer.compile(chemin); !p.matches(); p = p.tail()) {
            String nom = p.getMatchingProperty();
            if (noeud.isArray()) {
                int i = p.getMatchingIndex();
                positions.add(i);
                noeud = noeud.path(i);
            } else {
                positions.add(rang(noeud, nom));
                noeud = noeud.path(nom);
            }
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int rang(JsonNode objet, String propriete) {
        int rang = 0;
        for (String nom : objet.propertyNames()) {
            if (nom.equals(propriete)) {
                return rang;
            }
            rang++;
        }
        return Integer.MAX_VALUE;
    }
}
