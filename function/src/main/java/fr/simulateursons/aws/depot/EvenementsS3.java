package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.s3.ObjetDepose;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import fr.simulateursons.aws.Json;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The objects named by an S3 notification, as it arrives in the body of an SQS message. */
final class EvenementsS3 {

    private EvenementsS3() {
    }

    /**
     * S3's own {@code s3:TestEvent}, sent when a notification is configured, names no object. Keys are decoded by
     * the events library ({@code in%2Fa+b.json} → {@code in/a b.json}).
     */
    static List<ObjetDepose> objets(String corpsSqs) {
        JsonNode racine = Json.MAPPER.readTree(corpsSqs);
        List<ObjetDepose> objets = new ArrayList<>();
        for (JsonNode r : racine.path("Records")) {
            if (!r.path("eventName").asString("ObjectCreated").startsWith("ObjectCreated")) {
                continue;
            }
            JsonNode s3 = r.path("s3");
            JsonNode o = s3.path("object");
            S3EventNotification.S3ObjectEntity entite = new S3EventNotification.S3ObjectEntity(
                    o.path("key").asString(), o.path("size").isNumber() ? o.path("size").asLong() : null,
                    o.path("eTag").asString(null), o.path("versionId").asString(null), o.path("sequencer").asString(null));
            objets.add(new ObjetDepose(s3.path("bucket").path("name").asString(), entite.getUrlDecodedKey(),
                    renseigne(entite.getVersionId()), renseigne(entite.geteTag()), entite.getSizeAsLong(),
                    renseigne(entite.getSequencer())));
        }
        return objets;
    }

    /** An unversioned bucket's events carry no versionId, or an empty one. */
    private static String renseigne(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur;
    }
}
