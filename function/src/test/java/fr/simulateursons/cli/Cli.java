package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The CLI in-process, as the tests of its commands run it: the clock the day after the examples. */
final class Cli {

    record Execution(int code, String out, String err) {
        JsonNode statut() {
            return JsonStrict.MAPPER.readTree(out);
        }
    }

    private Cli() {
    }

    static Execution executer(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.executer(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Fixtures.APRES_LES_EXEMPLES);
        return new Execution(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code simuler} with the demo solution, AVANCE, 20 %, then {@code reste}. */
    static String[] simuler(String... reste) {
        List<String> args = new ArrayList<>(List.of("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande",
                "AVANCE", "--taux-tva", "20"));
        args.addAll(List.of(reste));
        return args.toArray(String[]::new);
    }
}
