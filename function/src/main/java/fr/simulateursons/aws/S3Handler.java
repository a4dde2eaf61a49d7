package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/**
 * The function behind the input bucket's S3 trigger: each object of the event is simulated on its own.
 * If one fails, the others are still simulated, then the invocation fails, for Lambda's retries and its
 * failure destination; a retry redoes them all, which writes the same outputs.
 */
public final class S3Handler implements RequestHandler<S3Event, Void> {

    private final TraitementDepot traitement;

    public S3Handler() {
        this(Processus.traitement());
    }

    public S3Handler(TraitementDepot traitement) {
        this.traitement = traitement;
    }

    @Override
    public Void handleRequest(S3Event evenement, Context context) {
        RuntimeException premier = null;
        for (ObjetDepose o : EvenementsS3.objets(evenement)) {
            try {
                traitement.traiter(o);
            } catch (RuntimeException e) {
                if (premier == null) {
                    premier = e;
                } else {
                    premier.addSuppressed(e);
                }
            }
        }
        if (premier != null) {
            throw premier;
        }
        return null;
    }
}
