package fr.simulateursons.aws;

import fr.simulateursons.aws.s3.ObjetDepose;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Statut;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way the functions log: one JSON object per line, through the invocation's {@link LambdaLogger} (so that a
 * line is one CloudWatch event, whatever it holds), each carrying {@code requestId} (the Lambda request id) and
 * {@code simulationId} (null where no simulation is concerned). The runtime's own JSON format would wrap these
 * fields in a {@code message} string, where Logs Insights cannot filter on them: the functions keep the Text
 * format and write the JSON themselves. {@code LOG_LEVEL=ERROR} keeps only the errors.
 */
public final class Journal {

    private final LambdaLogger logger;
    private final String requestId;
    private final boolean tout;

    Journal(LambdaLogger logger, String requestId, String niveau) {
        this.logger = logger;
        this.requestId = requestId;
        this.tout = !"ERROR".equalsIgnoreCase(niveau) && !"WARN".equalsIgnoreCase(niveau);
    }

    /** The journal of one invocation; without a context (a local run, a test), the runtime's standard logger. */
    public static Journal de(Context context, String niveau) {
        return context == null ? new Journal(LambdaRuntime.getLogger(), null, niveau)
                : new Journal(context.getLogger(), context.getAwsRequestId(), niveau);
    }

    /** The final status of a simulation, as written. */
    public void simulation(String bucket, Statut s, Throwable cause) {
        boolean erreur = s.etat() == Etat.ERREUR_INTERNE;
        Map<String, Object> l = ligne(erreur, "simulation", s.simulationId());
        l.put("bucket", bucket);
        l.put("cle", s.entree().cle());
        l.put("versionId", s.entree().versionId());
        l.put("etat", s.etat().name());
        l.put("etape", s.etape() == null ? null : s.etape().name());
        l.put("codes", s.erreurs().size());
        l.put("demandesEnAnomalie", s.synthese() == null ? null : s.synthese().demandesEnAnomalie());
        l.put("dureeMs", s.fin() == null || s.debut() == null ? null : Duration.between(s.debut(), s.fin()).toMillis());
        ecrire(erreur, l, cause);
    }

    /** An event or a write left alone on purpose: a results key, an older version, a status already final. */
    public void ignore(String simulationId, ObjetDepose o, String raison) {
        Map<String, Object> l = ligne(false, "ignore", simulationId);
        l.put("bucket", o.bucket());
        l.put("cle", o.cle());
        l.put("raison", raison);
        ecrire(false, l, null);
    }

    /** A fault that is not a simulation's outcome: a message that fails, a request that cannot be answered. */
    public void erreur(String evenement, String simulationId, Map<String, Object> champs, Throwable cause) {
        Map<String, Object> l = ligne(true, evenement, simulationId);
        l.putAll(champs);
        ecrire(true, l, cause);
    }

    /** A step worth knowing in the normal course: a retry left for later, a run's step. */
    public void info(String evenement, String simulationId, Map<String, Object> champs) {
        Map<String, Object> l = ligne(false, evenement, simulationId);
        l.putAll(champs);
        ecrire(false, l, null);
    }

    private Map<String, Object> ligne(boolean erreur, String evenement, String simulationId) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("niveau", erreur ? "ERROR" : "INFO");
        l.put("evenement", evenement);
        l.put("requestId", requestId);
        l.put("simulationId", simulationId);
        return l;
    }

    private void ecrire(boolean erreur, Map<String, Object> l, Throwable cause) {
        if (!erreur && !tout) {
            return;
        }
        if (cause != null) {
            l.put("cause", cause.toString());
        }
        logger.log(Json.MAPPER.writeValueAsString(l) + "\n");
    }
}
