package fr.simulateursons.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A command run as a user runs it, in a process of its own: its exit code, stdout and stderr. */
record ProcessusCli(int code, String out, String err) {

    /** {@code java -jar function/target/simulateur-sons.jar ARGS…} on the test's own JVM. */
    static ProcessusCli jar(String... args) throws Exception {
        List<String> commande = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("simulateur.jar", "target/simulateur-sons.jar")));
        commande.addAll(List.of(args));
        return lancer(commande, Map.of());
    }

    /**
     * Both pipes are read at once: a process that fills one while the test waits on the other would block for
     * ever (a pipe holds 64 KiB).
     */
    static ProcessusCli lancer(List<String> commande, Map<String, String> environnement) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(commande);
        pb.environment().putAll(environnement);
        Process p = pb.start();
        p.getOutputStream().close();
        FutureTask<byte[]> out = lire(p.getInputStream());
        FutureTask<byte[]> err = lire(p.getErrorStream());
        boolean fini = p.waitFor(120, TimeUnit.SECONDS);
        if (!fini) {
            p.destroyForcibly();
        }
        assertThat(fini).as("fini en 120 s").isTrue();
        return new ProcessusCli(p.exitValue(), new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8),
                new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    }

    /** On a thread of its own: the common pool may have a single thread, on which two blocking reads would queue. */
    private static FutureTask<byte[]> lire(InputStream flux) {
        FutureTask<byte[]> lecture = new FutureTask<>(() -> {
            try (flux) {
                return flux.readAllBytes();
            }
        });
        Thread t = new Thread(lecture, "lecture-processus");
        t.setDaemon(true);
        t.start();
        return lecture;
    }
}
