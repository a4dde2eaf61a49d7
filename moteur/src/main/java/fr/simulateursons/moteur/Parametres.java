package fr.simulateursons.moteur;

import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of a simulation as they are given (spec §1): an S3 object's user metadata and tags, or the one map
 * that a form, the command line or a lot's sidecar gives. They are checked by the chain itself (PARAMETRES): an absent
 * or wrong one is a rejection with its code, never an exception here. Keys are the spec's; a null value is absent.
 *
 * @param metadonnees read first
 * @param tags        read for a key the metadata lacks; where both carry it and disagree, P05
 */
public record Parametres(Map<String, String> metadonnees, Map<String, String> tags) {

    public static final String NUMERO_ANS = "numero-ans";
    public static final String TYPE_DEMANDE = "type-demande";
    public static final String TAUX_TVA = "taux-tva";
    /** Optional: when the file will be deposited ({@code AAAA-MM-JJ[THH:MM[:SS]]}); by default, now. */
    public static final String DATE_DEPOT = "date-depot";

    public Parametres {
        metadonnees = sansNull(metadonnees);
        tags = sansNull(tags);
    }

    /** One source of values (a form, options, a sidecar), read as metadata. */
    public static Parametres de(Map<String, String> valeurs) {
        return new Parametres(valeurs, Map.of());
    }

    /** The portal's form; a null field is absent. */
    public static Parametres formulaire(String numeroAns, String typeDemande, String tauxTva) {
        Map<String, String> valeurs = new HashMap<>();
        valeurs.put(NUMERO_ANS, numeroAns);
        valeurs.put(TYPE_DEMANDE, typeDemande);
        valeurs.put(TAUX_TVA, tauxTva);
        return de(valeurs);
    }

    public static Parametres avance(String numeroAns, String tauxTva) {
        return formulaire(numeroAns, "AVANCE", tauxTva);
    }

    public static Parametres solde(String numeroAns, String tauxTva) {
        return formulaire(numeroAns, "SOLDE", tauxTva);
    }

    /** The same with one more value in the metadata (null: unchanged). */
    public Parametres avec(String cle, String valeur) {
        if (valeur == null) {
            return this;
        }
        Map<String, String> m = new HashMap<>(metadonnees);
        m.put(cle, valeur);
        return new Parametres(m, tags);
    }

    private static Map<String, String> sansNull(Map<String, String> valeurs) {
        Map<String, String> m = new HashMap<>();
        valeurs.forEach((k, v) -> {
            if (k != null && v != null) {
                m.put(k, v);
            }
        });
        return Map.copyOf(m);
    }
}
