package fr.simulateursons.cli;

import fr.simulateursons.aws.Json;
import fr.simulateursons.moteur.pack.OutilsPack;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.SourcePack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workload that trains the class cache of {@code bin/simulateur-sons}:
 * {@code java -cp simulateur-sons.jar fr.simulateursons.cli.Entrainement EXEMPLES DOSSIER}.
 * A JDK records one run per cache, so this one JVM runs what users run: a lot over copies of the examples, each
 * example alone, and one file large enough to be validated in slices. Trained on a lot only, {@code simuler} on a
 * 4 Mo file would load or spin at run time the classes of its own command and of the slices, which the cache could
 * have held (BENCHMARKS.md, "Measurement history"). Files named {@code solde…} are simulated as SOLDE, the others
 * as AVANCE. Exit 0 when every command came to a verdict (REUSSI or REJETE), 1 otherwise: a failed training only
 * means no cache.
 */
public final class Entrainement {

    /** Copies of each example in the lot: enough calls for the lot's code to be compiled as on a real lot. */
    static final int COPIES = 40;
    /** Demandes of the large file: slices of at least 256 demandes for up to 4 cores. */
    static final int DEMANDES_DU_GRAND = 1024;

    private Entrainement() {
    }

    public static void main(String[] args) throws IOException, PackIncoherent {
        if (args.length != 2) {
            System.err.println("Usage : Entrainement EXEMPLES DOSSIER");
            System.exit(1);
        }
        System.exit(entrainer(Path.of(args[0]), Path.of(args[1])) ? 0 : 1);
    }

    /** Runs the workload over the examples in {@code exemples}, writing only under {@code dossier}. */
    static boolean entrainer(Path exemples, Path dossier) throws IOException, PackIncoherent {
        List<Path> fichiers;
        try (Stream<Path> s = Files.list(exemples)) {
            fichiers = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (fichiers.isEmpty()) {
            return false;
        }
        List<List<String>> commandes = new ArrayList<>();
        commandes.add(lot(fichiers, dossier));
        for (Path f : fichiers) {
            commandes.add(simuler(f, type(f), dossier));
        }
        commandes.add(simuler(grand(dossier), "AVANCE", dossier));

        PrintStream rien = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        boolean verdicts = true;
        for (List<String> c : commandes) {
            int code = Main.executer(c.toArray(String[]::new), rien, rien, Clock.systemUTC());
            verdicts &= code == Main.REUSSI || code == Main.REJETE;
        }
        return verdicts;
    }

    private static String type(Path f) {
        return f.getFileName().toString().startsWith("solde") ? "SOLDE" : "AVANCE";
    }

    private static List<String> simuler(Path f, String type, Path dossier) {
        return List.of("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande", type, "--taux-tva", "20",
                "--sortie", dossier.resolve("sortie.json").toString(), f.toString());
    }

    private static List<String> lot(List<Path> fichiers, Path dossier) throws IOException {
        Path lot = Files.createDirectories(dossier.resolve("lot"));
        Map<String, Map<String, String>> parFichier = new LinkedHashMap<>();
        for (int i = 1; i <= COPIES; i++) {
            for (Path f : fichiers) {
                String nom = i + "-" + f.getFileName();
                Files.copy(f, lot.resolve(nom));
                parFichier.put(nom, Map.of("type-demande", type(f)));
            }
        }
        Path parametres = dossier.resolve("parametres.json");
        Json.MAPPER.writeValue(parametres.toFile(), Map.of(
                "defaut", Map.of("numero-ans", "SONS-V2-DEMO-DPI", "taux-tva", "20"), "fichiers", parFichier));
        return List.of("simuler-lot", "--parametres", parametres.toString(), "--sortie",
                dossier.resolve("runs").toString(), "--rapport", "sarif=" + dossier.resolve("lot.sarif"),
                lot.toString());
    }

    /** The bundled pack's AVANCE example with its demandes repeated: the same demande many times is a REJETE. */
    private static Path grand(Path dossier) throws IOException, PackIncoherent {
        return Files.write(dossier.resolve("grand.json"),
                OutilsPack.exempleAgrandi(SourcePack.embarque(), "AVANCE", DEMANDES_DU_GRAND, Instant.now()));
    }
}
