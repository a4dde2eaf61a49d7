package fr.simulateursons.benchmarks;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least a fresh JVM must do with a file before judging it: read it and build Jackson's tree. The start-up
 * benchmark sets {@code simuler} against it as well as against {@link Bonjour}.
 */
public final class LireSeulement {

    private LireSeulement() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0]))).size());
    }
}
