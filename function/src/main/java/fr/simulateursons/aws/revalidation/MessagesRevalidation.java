package fr.simulateursons.aws.revalidation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.aws.Json;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.ArrayList;
import java.util.List;

/** The messages of a run on its queue, bound by Jackson, and their sending. */
final class MessagesRevalidation {

    static final String LOT = "lot";
    static final String CONTROLE = "controle";

    /** One archived object to re-validate, as listed. */
    @JsonPropertyOrder({"cle", "etag"})
    record Objet(String cle, String etag) {
    }

    /** A lot of keys for one worker; {@code precedent} saves each worker a read of the manifest. */
    @JsonPropertyOrder({"type", "runId", "precedent", "lot", "objets"})
    record Lot(String type, String runId, String precedent, int lot, List<Objet> objets) {
    }

    /**
     * A check of the run's end: the {@code tentative}-th, which found {@code lotsVus} lots written, and has seen no
     * new lot for {@code sansProgres} checks in a row.
     */
    @JsonPropertyOrder({"type", "runId", "tentative", "lotsVus", "sansProgres"})
    record Controle(String type, String runId, int tentative, int lotsVus, int sansProgres) {
    }

    private final SqsClient sqs;
    private final String urlFile;

    MessagesRevalidation(SqsClient sqs, String urlFile) {
        this.sqs = sqs;
        this.urlFile = urlFile;
    }

    void envoyer(List<?> messages, int delaiSecondes) {
        for (int debut = 0; debut < messages.size(); debut += 10) {
            List<SendMessageBatchRequestEntry> lot = new ArrayList<>();
            for (int i = debut; i < Math.min(debut + 10, messages.size()); i++) {
                lot.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i))
                        .messageBody(Json.MAPPER.writeValueAsString(messages.get(i))).delaySeconds(delaiSecondes)
                        .build());
            }
            var reponse = sqs.sendMessageBatch(b -> b.queueUrl(urlFile).entries(lot));
            if (!reponse.failed().isEmpty()) {
                throw new IllegalStateException("messages refusés par SQS : " + reponse.failed());
            }
        }
    }
}
