package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** The function behind a queue that receives the input bucket's notifications; see {@link MessagesSqs} for failures. */
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
        return MessagesSqs.traiter(evenement, corps -> EvenementsS3.objets(corps).forEach(traitement::traiter));
    }
}
