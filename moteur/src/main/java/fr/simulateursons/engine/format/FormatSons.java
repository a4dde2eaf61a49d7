package fr.simulateursons.engine.format;

import fr.simulateursons.json.SchemaJson;
import com.networknt.schema.Schema;
import fr.simulateursons.engine.Erreur;
import fr.simulateursons.engine.parametres.TypeDemande;
import tools.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The format SONS as JSON Schemas (2020-12), one per type de demande, published in the jar under
 * {@code schemas/}. Compiled once per process: a compiled networknt schema is thread-safe, and compiling
 * it is far dearer than validating.
 */
public final class FormatSons {

    private static final class Defaut {
        static final FormatSons INSTANCE = new FormatSons(Map.of(
                TypeDemande.AVANCE, "schemas/avance.schema.json",
                TypeDemande.SOLDE, "schemas/solde.schema.json"));
    }

    private final Map<TypeDemande, Schema> schemas = new EnumMap<>(TypeDemande.class);

    private FormatSons(Map<TypeDemande, String> ressources) {
        ressources.forEach((type, ressource) -> schemas.put(type, SchemaJson.compiler(ressource)));
    }

    /** The schemas bundled in the jar. */
    public static FormatSons defaut() {
        return Defaut.INSTANCE;
    }

    /** S01–S06: every violation of the schema of this type de demande, in document order. */
    public List<Erreur> controler(JsonNode document, TypeDemande type) {
        return ViolationsSchema.traduire(schemas.get(type).validate(document), document);
    }
}
