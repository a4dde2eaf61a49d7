package fr.simulateursons.ressources.format;

import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/**
 * A coherent format pack, compiled (spec §6): the schema of each type de demande, the pointers where every rule
 * reads its inputs, the value forms and the prestation values. Immutable and thread-safe; built by
 * {@link ChargementFormat}, which keeps it for the process.
 *
 * @param chemin where it was read from ({@code classpath:format-sons/vague2/}, a directory, an S3 prefix)
 * @param types  per type de demande ({@code AVANCE}, {@code SOLDE})
 */
public record FormatSons(String chemin, Manifeste manifeste, Map<String, ParType> types) {

    /** What the pack holds for one type de demande: its compiled schema, the schema's text, and its example. */
    public record ParType(String fichierSchema, Schema schema, JsonNode schemaJson, String fichierExemple,
                         byte[] exemple) {
    }

    public String version() {
        return manifeste.version();
    }

    public FormeDate formeDate() {
        return manifeste.valeurs().date();
    }

    public FormeMontant formeMontant() {
        return manifeste.valeurs().montant();
    }

    public Manifeste.Entete entete() {
        return manifeste.entete();
    }

    /** The array of demandes, from the root. */
    public Pointeur demandes() {
        return manifeste.demandes();
    }

    /** Relative to one item of the demandes array. */
    public Manifeste.Demande demande() {
        return manifeste.demande();
    }

    public ParType type(String typeDemande) {
        ParType t = types.get(typeDemande);
        if (t == null) {
            throw new IllegalArgumentException("type de demande absent du pack : " + typeDemande);
        }
        return t;
    }

    /** The plafond key of the dispositifs resource for a prestation value of the file, if the pack knows it. */
    public Optional<String> clePlafond(String prestation) {
        return Optional.ofNullable(manifeste.prestations().get(prestation));
    }
}
