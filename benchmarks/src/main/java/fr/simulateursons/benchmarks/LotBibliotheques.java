package fr.simulateursons.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor of {@code simuler-lot} on these libraries: every {@code .json} file of DOSSIER read by Jackson and
 * validated by networknt, on one thread per core as {@code simuler-lot} does, and what a run writes: one line per file
 * in a journal, and a status for each file that is not valid, gathered in one file, under SORTIE, which must not
 * exist. No code of ours: what the lot costs beyond this is our engine's work per file. Prints the number of files
 * found valid.
 */
public final class LotBibliotheques {

    private LotBibliotheques() {
    }

    public static void main(String[] args) throws Exception {
        JsonMapper jackson = JsonMapper.builder().build();
        JsonNode schema;
        try (InputStream in = LotBibliotheques.class.getClassLoader()
                .getResourceAsStream("format-sons/vague2/avance.schema.json")) {
            schema = jackson.readTree(in);
        }
        Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(SchemaLocation.of(schema.get("$id").asString()), schema);
        // Compiled once before the threads start, as our engine does: networknt's lazy compilation is not
        // synchronised.
        s.initializeValidators();
        Path dossier = Path.of(args[0]);
        Path sortie = Files.createDirectory(Path.of(args[1]));
        List<Path> fichiers;
        try (Stream<Path> f = Files.walk(dossier)) {
            fichiers = f.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".json")).sorted().toList();
        }
        // Daemon threads: a file that fails ends the process with its exception instead of leaving the pool up.
        ExecutorService fils = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        List<Future<byte[][]>> resultats = fichiers.stream().map(p -> fils.submit(() -> {
            List<Error> erreurs = s.validate(jackson.readTree(Files.readAllBytes(p)));
            String nom = p.getFileName().toString();
            String etat = erreurs.isEmpty() ? "REUSSI" : "REJETE";
            return new byte[][] {jackson.writeValueAsBytes(Map.of("cle", nom, "etat", etat)),
                erreurs.isEmpty() ? null : jackson.writeValueAsBytes(Map.of("fichier", nom, "etat", etat, "erreurs",
                        erreurs.stream().map(Error::getMessage).toList()))};
        })).toList();
        int valides = 0;
        ByteArrayOutputStream journal = new ByteArrayOutputStream();
        ByteArrayOutputStream statuts = new ByteArrayOutputStream();
        for (Future<byte[][]> r : resultats) {
            byte[][] lignes = r.get();
            journal.writeBytes(lignes[0]);
            journal.write('\n');
            if (lignes[1] == null) {
                valides++;
            } else {
                statuts.writeBytes(lignes[1]);
                statuts.write('\n');
            }
        }
        fils.shutdown();
        ecrire(sortie.resolve("verdicts.jsonl"), journal.toByteArray());
        ecrire(sortie.resolve("statuts.jsonl"), statuts.toByteArray());
        System.out.println(valides);
    }

    private static void ecrire(Path f, byte[] contenu) {
        try {
            Files.write(f, contenu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
