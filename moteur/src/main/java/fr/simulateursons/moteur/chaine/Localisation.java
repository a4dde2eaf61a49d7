package fr.simulateursons.moteur.chaine;

import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.json.Positions;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rejection path's last touch (spec §4 "Where, and what was expected"): each error about the file gets the
 * {@code ligne} and {@code colonne} where the value at its {@code chemin} starts — for S01, where the object that
 * lacks the balise starts — and a number in its message gets back the file's own writing, which the tree does
 * not keep ({@code 1.2013E+2}, not {@code 120.13}). One pass over the bytes for all of them.
 */
final class Localisation {

    private Localisation() {
    }

    static List<Erreur> localiser(byte[] octets, List<Erreur> erreurs) {
        Map<String, Positions.Lieu> lieux = Positions.trouver(octets, pointeurs(erreurs));
        return erreurs.stream().map(e -> localiser(e, lieux)).toList();
    }

    /**
     * The anomalies placed, and where each demande in anomaly ends (the byte offset of its closing brace), for the
     * annotated file: the same pass finds both.
     */
    record Anomalies(Map<Integer, List<Erreur>> parDemande, Map<Integer, Integer> fermetures) {
    }

    /** @param demandes the pointer of the demandes array */
    static Anomalies localiser(byte[] octets, String demandes, Map<Integer, List<Erreur>> anomalies) {
        Set<String> pointeurs = pointeurs(anomalies.values().stream().flatMap(List::stream).toList());
        anomalies.keySet().forEach(i -> pointeurs.add(demandes + "/" + i));
        Map<String, Positions.Lieu> lieux = Positions.trouver(octets, pointeurs);
        Map<Integer, List<Erreur>> localisees = new TreeMap<>();
        Map<Integer, Integer> fermetures = new TreeMap<>();
        anomalies.forEach((i, l) -> {
            localisees.put(i, l.stream().map(e -> localiser(e, lieux)).toList());
            fermetures.put(i, (int) lieux.get(demandes + "/" + i).fin());
        });
        return new Anomalies(localisees, fermetures);
    }

    private static Set<String> pointeurs(Collection<Erreur> erreurs) {
        return erreurs.stream().map(Localisation::ou).collect(Collectors.toCollection(HashSet::new));
    }

    /** Where the error is shown: the value at its chemin, or for a missing balise the object that lacks it. */
    private static String ou(Erreur e) {
        return e.code() == Code.S01 ? e.chemin().substring(0, e.chemin().lastIndexOf('/')) : e.chemin();
    }

    private static Erreur localiser(Erreur e, Map<String, Positions.Lieu> lieux) {
        Positions.Lieu lieu = lieux.get(ou(e));
        if (lieu == null) {
            return e;
        }
        Erreur placee = e.at(lieu.ligne(), lieu.colonne());
        // The tree writes a number as its BigDecimal does: the same text but for an exponent (the values a rule
        // reports are never negative, so -0.0 never reaches a message).
        String nombre = lieu.nombre();
        if (nombre == null || e.code() == Code.S01 || (nombre.indexOf('e') < 0 && nombre.indexOf('E') < 0)) {
            return placee;
        }
        String arbre = new BigDecimal(nombre).toString();
        return !placee.valeurs().isEmpty() && placee.valeurs().get(0).equals(arbre) ? placee.avecValeur(0, nombre) : placee;
    }
}
