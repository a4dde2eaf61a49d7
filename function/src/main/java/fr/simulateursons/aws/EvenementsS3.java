package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import fr.simulateursons.json.JsonStrict;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The objects an S3 notification names, whether Lambda delivered it directly or it came in an SQS message body. */
final class EvenementsS3 {

    private EvenementsS3() {
    }

    static List<ObjetDepose> objets(S3Event evenement) {
        List<ObjetDepose> objets = new ArrayList<>();
        for (S3EventNotification.S3EventNotificationRecord r : evenement.getRecords()) {
            if (r.getEventName() == null || r.getEventName().startsWith("ObjectCreated")) {
                S3EventNotification.S3ObjectEntity o = r.getS3().getObject();
                objets.add(new ObjetDepose(r.getS3().getBucket().getName(), o.getUrlDecodedKey(),
                        renseigne(o.getVersionId()), renseigne(o.geteTag()), o.getSizeAsLong()));
            }
        }
        return objets;
    }

    /** An unversioned bucket's events carry no versionId, or an empty one. */
    private static String renseigne(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur;
    }

    /**
     * The body of an SQS message sent by an S3 notification. S3's own {@code s3:TestEvent}, sent when a
     * notification is configured, names no object. Keys are decoded by the events library, as for a direct event.
     */
    static List<ObjetDepose> objets(String corpsSqs) {
        JsonNode racine = JsonStrict.MAPPER.readTree(corpsSqs);
        List<ObjetDepose> objets = new ArrayList<>();
        for (JsonNode r : racine.path("Records")) {
            if (!r.path("eventName").asString("ObjectCreated").startsWith("ObjectCreated")) {
                continue;
            }
            JsonNode s3 = r.path("s3");
            JsonNode o = s3.path("object");
            S3EventNotification.S3ObjectEntity entite = new S3EventNotification.S3ObjectEntity(
                    o.path("key").asString(), o.path("size").isNumber() ? o.path("size").asLong() : null,
                    o.path("eTag").asString(null), o.path("versionId").asString(null));
            objets.add(new ObjetDepose(s3.path("bucket").path("name").asString(), entite.getUrlDecodedKey(),
                    renseigne(entite.getVersionId()), renseigne(entite.geteTag()), entite.getSizeAsLong()));
        }
        return objets;
    }
}
