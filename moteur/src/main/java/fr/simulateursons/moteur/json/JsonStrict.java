package fr.simulateursons.moteur.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's Jackson configuration (the doors have their own, {@code fr.simulateursons.aws.Json}), built once per
 * process: duplicate keys and nesting deeper than 64 are syntax errors (F02), and decimal numbers stay
 * {@code BigDecimal} so that no amount ever goes through a {@code double}.
 * <p>
 * Jackson's default stream limits (1 000 digits in a number, 50 000 characters in a key) made valid JSON F02:
 * strings and keys may now be as long as the largest file the simulator reads (F01), so a 60 000-character
 * key reaches FORMAT (S02); numbers may have {@link #CHIFFRES_MAX} digits, so a 1 001-digit amount reaches
 * FORMAT too (S04), and only a longer number is still F02, for the schema validator's sake. Documents and
 * token counts are not limited by Jackson by default; the file's size bounds both. {@code EntreesHostilesTest}
 * holds the worst inputs of 4 Mo to their codes, within a timeout and the test JVM's heap.
 */
public final class JsonStrict {

    public static final int PROFONDEUR_MAX = 64;

    /** The largest file read (F01's 4 Mo): no string or key of it can be longer. */
    public static final int LONGUEUR_MAX = 4_194_304;

    /**
     * The longest number read, far beyond any amount (15 digits under the schema's cap) yet bounded: networknt
     * reads each number its {@code minimum}, {@code maximum} and {@code multipleOf} judge with the JDK's
     * {@code new BigDecimal(String)}, quadratic in the digits, so that an unbounded number would let one file hold
     * a validator for minutes (BENCHMARKS.md, "Measurement history").
     */
    public static final int CHIFFRES_MAX = 10_000;

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(PROFONDEUR_MAX)
                            .maxNumberLength(CHIFFRES_MAX)
                            .maxStringLength(LONGUEUR_MAX)
                            .maxNameLength(LONGUEUR_MAX)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new ConstructeursDirects())
            .build();

    private JsonStrict() {
    }
}
