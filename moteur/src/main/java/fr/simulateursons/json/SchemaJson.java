package fr.simulateursons.json;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Compiles a JSON Schema 2020-12 shipped on the classpath (the format SONS, the resources' formats). */
public final class SchemaJson {

    private SchemaJson() {
    }

    /**
     * Formats are assertions here ({@code date}, {@code date-time}): 2020-12 makes them annotations by default,
     * and a calendar date is part of the format SONS.
     */
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
        SchemaRegistry registre = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registre.getSchema(SchemaLocation.of(noeud.path("$id").asString("classpath:" + ressourceClasspath)), noeud);
    }
}
