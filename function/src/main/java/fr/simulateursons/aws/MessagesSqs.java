package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A batch of SQS messages, each handled on its own: those that fail are reported as batch item failures
 * (the event source mapping needs {@code ReportBatchItemFailures}), so only they come back, and reach the
 * dead-letter queue after their last receive.
 */
public final class MessagesSqs {

    private MessagesSqs() {
    }

    /** What one message carries besides its body: how many times the queue has delivered it. */
    public record Message(String id, String corps, int receptions) {
    }

    public static SQSBatchResponse traiter(SQSEvent evenement, Journal journal, Consumer<Message> traitement) {
        List<SQSBatchResponse.BatchItemFailure> echecs = new ArrayList<>();
        for (SQSEvent.SQSMessage m : evenement.getRecords()) {
            try {
                traitement.accept(new Message(m.getMessageId(), m.getBody(), receptions(m)));
            } catch (RuntimeException e) {
                journal.erreur("message", null, Map.of("messageId", String.valueOf(m.getMessageId())), e);
                echecs.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(m.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(echecs).build();
    }

    /** {@code ApproximateReceiveCount}: 1 on the first delivery; taken as 1 when absent (a hand-made event). */
    private static int receptions(SQSEvent.SQSMessage m) {
        String n = m.getAttributes() == null ? null : m.getAttributes().get("ApproximateReceiveCount");
        try {
            return n == null ? 1 : Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
