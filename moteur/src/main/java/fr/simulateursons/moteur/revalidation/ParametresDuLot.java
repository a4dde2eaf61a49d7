package fr.simulateursons.moteur.revalidation;

import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.Parametres;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The sidecar of a local re-validation: the parameters of each file, as S3 metadata would carry them.
 * <pre>{"defaut": {"numero-ans": "…", "type-demande": "AVANCE", "taux-tva": "20", "date-depot": "2026-01-15"},
 *  "fichiers": {"sous-dossier/b.json": {"type-demande": "SOLDE"}}}</pre>
 * A file's own entry completes or overrides {@code defaut}; paths are relative, with {@code /}.
 */
public final class ParametresDuLot {

    private final Map<String, String> defaut;
    private final Map<String, Map<String, String>> parFichier;
    /** The parameters of every file without an entry of its own: the same for each, made once. */
    private final Parametres parDefaut;

    private ParametresDuLot(Map<String, String> defaut, Map<String, Map<String, String>> parFichier) {
        this.defaut = defaut;
        this.parFichier = parFichier;
        this.parDefaut = Parametres.de(defaut);
    }

    /**
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is no JSON object, with the reason in French
     */
    public static ParametresDuLot lire(InputStream in) throws IOException {
        JsonNode racine;
        try {
            racine = JsonStrict.MAPPER.readTree(in);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw new IllegalArgumentException("ce n'est pas un JSON valide (ligne " + e.getLocation().getLineNr()
                    + ", colonne " + e.getLocation().getColumnNr() + ")");
        }
        if (racine == null || !racine.isObject()) {
            throw new IllegalArgumentException("ce n'est pas un objet JSON");
        }
        Map<String, Map<String, String>> parFichier = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : racine.path("fichiers").properties()) {
            parFichier.put(e.getKey(), valeurs(e.getValue()));
        }
        return new ParametresDuLot(valeurs(racine.path("defaut")), parFichier);
    }

    public static ParametresDuLot aucun() {
        return new ParametresDuLot(Map.of(), Map.of());
    }

    /**
     * The same lot with {@code cle} set to {@code valeur} for every file, as {@code defaut} would set it (and in
     * its place, where {@code defaut} sets it too): a file's own entry still wins.
     */
    public ParametresDuLot avecDefaut(String cle, String valeur) {
        Map<String, String> d = new HashMap<>(defaut);
        d.put(cle, valeur);
        return new ParametresDuLot(d, parFichier);
    }

    public Parametres pour(String cheminRelatif) {
        Map<String, String> propres = parFichier.get(cheminRelatif);
        if (propres == null) {
            return parDefaut;
        }
        Map<String, String> p = new HashMap<>(defaut);
        p.putAll(propres);
        return Parametres.de(p);
    }

    private static Map<String, String> valeurs(JsonNode o) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (!e.getValue().isNull()) {
                m.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : e.getValue().toString());
            }
        }
        return m;
    }
}
