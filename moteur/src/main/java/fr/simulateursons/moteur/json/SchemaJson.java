package fr.simulateursons.moteur.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Compiles JSON Schemas 2020-12: the format pack's, and the resources' own formats shipped on the classpath. */
public final class SchemaJson {

    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private SchemaJson() {
    }

    private static final class Registre {
        /**
         * Formats are assertions here ({@code date}, {@code date-time}): 2020-12 makes them annotations by default,
         * and a calendar date is part of the format SONS. networknt maps the 2020-12 meta-schema to its own copy.
         */
        static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .regularExpressionFactory(new MotifsBornes()).build();
    }

    /** Apart from {@link Registre}: only a pack's check needs the meta-schema, a simulation never does. */
    private static final class MetaSchema {
        static final Schema META = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(Registre.CONFIG)).getSchema(SchemaLocation.of(META_SCHEMA));
    }

    public static Schema compiler(String ressourceClasspath) {
        JsonNode noeud;
        try (InputStream in = SchemaJson.class.getClassLoader().getResourceAsStream(ressourceClasspath)) {
            if (in == null) {
                throw new IllegalStateException("Schéma absent du classpath : " + ressourceClasspath);
            }
            noeud = JsonStrict.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compiler(noeud, "classpath:" + ressourceClasspath);
    }

    /**
     * Every validator built now, so that a schema that cannot compile fails here and not at the first file.
     *
     * @param emplacement the schema's location when it has no {@code $id}
     */
    public static Schema compiler(JsonNode schema, String emplacement) {
        // A registry per schema: two packs may reuse one $id with different contents.
        SchemaRegistry registre = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(Registre.CONFIG));
        Schema s = registre.getSchema(SchemaLocation.of(schema.path("$id").asString(emplacement)), schema);
        s.initializeValidators();
        return s;
    }

    /** The violations of the 2020-12 meta-schema by a schema: empty for a well-formed one. */
    public static List<Error> violationsDuMetaSchema(JsonNode schema) {
        return MetaSchema.META.validate(schema);
    }
}
