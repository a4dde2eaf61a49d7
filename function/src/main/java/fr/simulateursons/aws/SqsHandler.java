package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The function behind a queue that receives the input bucket's notifications. A message whose simulation
 * fails is reported as a batch item failure (the event source mapping needs {@code ReportBatchItemFailures}),
 * so only it comes back, and reaches the dead-letter queue after its last receive.
 */
public final class SqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final TraitementDepot traitement;

    public SqsHandler() {
        this(Processus.traitement());
    }

    public SqsHandler(TraitementDepot traitement) {
        this.traitement = traitement;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent evenement, Context context) {
        List<SQSBatchResponse.BatchItemFailure> echecs = new ArrayList<>();
        for (SQSEvent.SQSMessage m : evenement.getRecords()) {
            try {
                for (ObjetDepose o : EvenementsS3.objets(m.getBody())) {
                    traitement.traiter(o);
                }
            } catch (RuntimeException e) {
                echecs.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(m.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(echecs).build();
    }
}
