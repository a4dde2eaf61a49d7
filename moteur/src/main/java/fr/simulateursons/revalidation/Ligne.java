package fr.simulateursons.revalidation;

import fr.simulateursons.json.JsonStrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One file of a run: its verdict now, and the one it is compared with (the previous run's, else the original
 * simulation's; null when the file has neither).
 */
public record Ligne(String cle, String versionId, Verdict avant, Verdict apres) {

    public boolean changement() {
        return avant != null && !avant.equals(apres);
    }

    public ObjectNode json() {
        ObjectNode o = JsonStrict.MAPPER.createObjectNode();
        o.put("cle", cle);
        o.put("versionId", versionId);
        if (avant == null) {
            o.putNull("avant");
        } else {
            o.set("avant", avant.json());
        }
        o.set("apres", apres.json());
        return o;
    }

    public static Ligne lire(JsonNode o) {
        JsonNode avant = o.path("avant");
        return new Ligne(o.path("cle").asString(), o.path("versionId").asString(null),
                avant.isObject() ? Verdict.lire(avant) : null, Verdict.lire(o.path("apres")));
    }
}
