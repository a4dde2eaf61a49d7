package fr.simulateursons.moteur.ressources;

/** The replaceable resources: their name in R01's message, their schema, and the bundled default. */
public enum TypeRessource {
    REFERENTIEL("référentiel", "schemas/ressources/referentiel.schema.json", "ressources/referentiel.json"),
    DISPOSITIFS("dispositifs", "schemas/ressources/dispositifs.schema.json", "ressources/dispositifs.json"),
    ELIGIBILITE("base des établissements éligibles", "schemas/ressources/eligibilite.schema.json", null);

    private final String nom;
    private final String schema;
    private final String defaut;

    TypeRessource(String nom, String schema, String defaut) {
        this.nom = nom;
        this.schema = schema;
        this.defaut = defaut;
    }

    public String nom() {
        return nom;
    }

    String schema() {
        return schema;
    }

    /** The classpath location of the bundled default; the eligibility base has none (D14 is off without it). */
    String defaut() {
        return defaut;
    }
}
