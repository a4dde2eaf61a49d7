package fr.simulateursons.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the product, built once per process: duplicate keys and nesting
 * deeper than 64 are syntax errors (F02), and decimal numbers stay {@code BigDecimal} so that no amount
 * ever goes through a {@code double}.
 */
public final class JsonStrict {

    public static final int PROFONDEUR_MAX = 64;

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(PROFONDEUR_MAX)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonStrict() {
    }
}
