package fr.simulateursons.aws;

import fr.simulateursons.engine.Etat;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.sortie.Statut;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.time.Duration;

/** One JSON line per simulation on stdout, which Lambda sends to CloudWatch Logs. */
final class Journal {

    private final PrintStream sortie;
    private final boolean tout;

    Journal(PrintStream sortie, String niveau) {
        this.sortie = sortie;
        this.tout = !"ERROR".equalsIgnoreCase(niveau) && !"WARN".equalsIgnoreCase(niveau);
    }

    void simulation(String bucket, Statut s, Throwable cause) {
        if (!tout && s.etat() != Etat.ERREUR_INTERNE) {
            return;
        }
        ObjectNode l = JsonStrict.MAPPER.createObjectNode();
        l.put("niveau", s.etat() == Etat.ERREUR_INTERNE ? "ERROR" : "INFO");
        l.put("evenement", "simulation");
        l.put("simulationId", s.simulationId());
        l.put("bucket", bucket);
        l.put("cle", s.entree().cle());
        l.put("versionId", s.entree().versionId());
        l.put("etat", s.etat().name());
        l.put("etape", s.etape() == null ? null : s.etape().name());
        l.put("codes", s.erreurs().size());
        l.put("demandesEnAnomalie", s.synthese() == null ? null : s.synthese().demandesEnAnomalie());
        l.put("dureeMs", s.fin() == null ? null : Duration.between(s.debut(), s.fin()).toMillis());
        if (cause != null) {
            l.put("cause", cause.toString());
        }
        sortie.println(JsonStrict.MAPPER.writeValueAsString(l));
    }

    void ignore(ObjetDepose o, String raison) {
        if (tout) {
            ObjectNode l = JsonStrict.MAPPER.createObjectNode();
            l.put("niveau", "INFO").put("evenement", "ignore").put("bucket", o.bucket()).put("cle", o.cle())
                    .put("raison", raison);
            sortie.println(JsonStrict.MAPPER.writeValueAsString(l));
        }
    }
}
