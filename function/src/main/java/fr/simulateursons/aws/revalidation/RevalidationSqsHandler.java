package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.Journal;
import fr.simulateursons.aws.MessagesSqs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;


/**
 * The re-validation queue's consumer: lots of keys to simulate, and checks of a run's end. A message that fails
 * (S3 unreachable, say) comes back alone, and reaches the dead-letter queue, watched by an alarm, after its last
 * receive.
 */
public final class RevalidationSqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final TravauxRevalidation revalidation;

    public RevalidationSqsHandler() {
        this(TravauxRevalidation.instance());
    }

    public RevalidationSqsHandler(TravauxRevalidation revalidation) {
        this.revalidation = revalidation;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent evenement, Context context) {
        return MessagesSqs.traiter(evenement, Journal.de(context, "INFO"), m -> revalidation.traiter(m.corps()));
    }
}
