package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.Journal;
import fr.simulateursons.aws.MessagesSqs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/**
 * The failure queue's consumer: the notifications whose every attempt failed arrive here, and each upload whose
 * status is still EN_COURS (or absent) gets its final ERREUR_INTERNE, so that every upload ends with a final status.
 * A message it cannot handle either (S3 still down) comes back, then waits in the failure queue's own dead-letter
 * queue, on which an alarm fires.
 */
public final class FinalisationHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final TraitementDepot traitement;
    private final Configuration configuration;

    public FinalisationHandler() {
        this(Pipeline.traitement(), Pipeline.configuration());
    }

    public FinalisationHandler(TraitementDepot traitement, Configuration configuration) {
        this.traitement = traitement;
        this.configuration = configuration;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent evenement, Context context) {
        Journal journal = Journal.de(context, configuration.journal());
        return MessagesSqs.traiter(evenement, journal,
                m -> EvenementsS3.objets(m.corps()).forEach(o -> traitement.finaliser(o, journal)));
    }
}
