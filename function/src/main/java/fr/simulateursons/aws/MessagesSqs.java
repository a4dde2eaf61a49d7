package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import fr.simulateursons.json.JsonStrict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A batch of SQS messages, each handled on its own: those that fail are reported as batch item failures
 * (the event source mapping needs {@code ReportBatchItemFailures}), so only they come back, and reach the
 * dead-letter queue after their last receive.
 */
final class MessagesSqs {

    private MessagesSqs() {
    }

    static SQSBatchResponse traiter(SQSEvent evenement, Consumer<String> traitement) {
        List<SQSBatchResponse.BatchItemFailure> echecs = new ArrayList<>();
        for (SQSEvent.SQSMessage m : evenement.getRecords()) {
            try {
                traitement.accept(m.getBody());
            } catch (RuntimeException e) {
                System.out.println(JsonStrict.MAPPER.createObjectNode()
                        .put("niveau", "ERROR").put("evenement", "message").put("messageId", m.getMessageId())
                        .put("cause", e.toString()));
                echecs.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(m.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(echecs).build();
    }
}
