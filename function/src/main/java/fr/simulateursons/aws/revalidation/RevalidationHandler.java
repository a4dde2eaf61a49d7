package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.Journal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import fr.simulateursons.moteur.revalidation.Run;

import java.util.Map;

/**
 * Starts a re-validation run, on EventBridge Scheduler's call (input {@code {"runId": "<aws.scheduler.scheduled-time>",
 * "prefixe": ""}}, see {@code events/schedule-revalidation.json}) or by hand. Returns the run's manifest.
 */
public final class RevalidationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final TravauxRevalidation revalidation;

    public RevalidationHandler() {
        this(TravauxRevalidation.instance());
    }

    public RevalidationHandler(TravauxRevalidation revalidation) {
        this.revalidation = revalidation;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> evenement, Context context) {
        Object runId = evenement == null ? null : evenement.get("runId");
        Object prefixe = evenement == null ? null : evenement.get("prefixe");
        Run m = revalidation.lancer(runId == null ? null : runId.toString(),
                prefixe == null ? "" : prefixe.toString());
        Journal.de(context, "INFO").info("revalidation", null, Map.of("runId", m.runId(), "fichiers", m.fichiers(),
                "lots", m.lots()));
        return Map.of("runId", m.runId(), "fichiers", m.fichiers(), "lots", m.lots());
    }
}
