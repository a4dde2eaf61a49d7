package fr.simulateursons.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The libraries alone in a fresh JVM: Jackson reads the file, networknt validates it against the format SONS.
 * No code of ours runs; what {@code simuler} costs beyond this is ours.
 */
public final class LireEtValider {

    private LireEtValider() {
    }

    public static void main(String[] args) throws IOException {
        JsonMapper jackson = JsonMapper.builder().build();
        JsonNode schema;
        try (InputStream in = LireEtValider.class.getClassLoader().getResourceAsStream("format-sons/vague2/avance.schema.json")) {
            schema = jackson.readTree(in);
        }
        Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(SchemaLocation.of(schema.get("$id").asString()), schema);
        System.out.println(s.validate(jackson.readTree(Files.readAllBytes(Path.of(args[0])))).size());
    }
}
