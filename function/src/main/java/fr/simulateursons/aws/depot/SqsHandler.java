package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.Journal;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.aws.MessagesSqs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.time.Clock;
import java.util.Map;

/**
 * The simulation function, behind the queue that receives the input bucket's notifications (S3 → SQS → Lambda, as
 * {@code template.yaml} wires it). The queue's receive count tells each attempt whether it is the last one
 * ({@code TENTATIVES_MAX}, the redrive policy's {@code maxReceiveCount}); a message whose simulation cannot finish
 * is reported as failed and comes back, or, after its last receive, goes to the failure queue.
 */
public final class SqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final TraitementDepot traitement;
    private final Configuration configuration;

    public SqsHandler() {
        this(Pipeline.traitement(), Pipeline.configuration());
    }

    public SqsHandler(TraitementDepot traitement, Configuration configuration) {
        this.traitement = traitement;
        this.configuration = configuration;
    }

    /** Wired from a given environment and clock, as the no-arg constructor does from the process's: local runs, tests. */
    public static SqsHandler depuis(Map<String, String> environnement, Clock horloge) {
        return depuis(environnement, horloge, null);
    }

    /** The same on an engine of the caller's ({@link Pipeline#traitement(Map, Clock, Moteur)}). */
    public static SqsHandler depuis(Map<String, String> environnement, Clock horloge, Moteur moteur) {
        return new SqsHandler(Pipeline.traitement(environnement, horloge, moteur), Configuration.depuis(environnement));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent evenement, Context context) {
        Journal journal = Journal.de(context, configuration.journal());
        Echeance echeance = Echeance.de(context);
        return MessagesSqs.traiter(evenement, journal, m -> {
            Tentative t = new Tentative(m.receptions() >= configuration.tentativesMax(), echeance, journal);
            EvenementsS3.objets(m.corps()).forEach(o -> traitement.traiter(o, t));
        });
    }
}
