package fr.simulateursons.aws;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The doors' own JSON: API bodies and answers, queue messages, log lines, the pipeline's summaries. Built once per
 * process; a duplicate key is an error, as in the files the engine reads. The status is written and read by the
 * engine's own binding ({@code Statut.json()}, {@code Statut.lire}).
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    private Json() {
    }
}
