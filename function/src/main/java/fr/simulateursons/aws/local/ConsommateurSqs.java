package fr.simulateursons.aws.local;

import fr.simulateursons.moteur.Moteur;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import fr.simulateursons.aws.ClientsAws;
import fr.simulateursons.aws.depot.SqsHandler;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A local-run tool, never on a Lambda code path (no handler refers to this package; a test holds it): what Lambda's
 * SQS event source mapping does, for runs without Lambda (moto, {@code consommer-sqs}, {@code servir}). Receives a
 * batch with its receive counts, hands it to a handler ({@link SqsHandler}, the re-validation's), deletes the
 * messages it did not report as failed. Stops at the first empty receive, or after a batch with failures (they
 * come back once their visibility timeout ends).
 */
public final class ConsommateurSqs {

    private final SqsClient sqs;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;

    public ConsommateurSqs(SqsClient sqs, RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        this.sqs = sqs;
        this.handler = handler;
    }

    /** Wired from the environment as the Lambda function is ({@code RESULTS_BUCKET}, {@code AWS_ENDPOINT_URL}…). */
    public static ConsommateurSqs depuis(Map<String, String> environnement, Clock horloge) {
        return depuis(environnement, horloge, null);
    }

    /** The same on an engine of the caller's; null: the environment's resources. */
    public static ConsommateurSqs depuis(Map<String, String> environnement, Clock horloge, Moteur moteur) {
        return new ConsommateurSqs(new ClientsAws(environnement).sqs(), SqsHandler.depuis(environnement, horloge, moteur));
    }

    /**
     * The queue consumed on a daemon thread until the thread is interrupted, as a mapping would poll it for
     * {@code servir}; a failure goes to {@code panne}, and polling goes on.
     */
    public Thread demarrer(String urlFile, Consumer<RuntimeException> panne) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    vider(urlFile, 1);
                } catch (AbortedException interrompu) {
                    return;
                } catch (RuntimeException e) {
                    panne.accept(e);
                }
            }
        }, "pipeline");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** @return the number of messages handled without failure */
    public int vider(String urlFile, int attenteSecondes) {
        int traites = 0;
        while (true) {
            ReceiveMessageResponse r = sqs.receiveMessage(b -> b.queueUrl(urlFile).maxNumberOfMessages(10)
                    .waitTimeSeconds(attenteSecondes)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            if (!r.hasMessages() || r.messages().isEmpty()) {
                return traites;
            }
            SQSBatchResponse reponse = handler.handleRequest(evenement(r.messages()), null);
            Set<String> echecs = reponse.getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
            for (Message m : r.messages()) {
                if (!echecs.contains(m.messageId())) {
                    sqs.deleteMessage(b -> b.queueUrl(urlFile).receiptHandle(m.receiptHandle()));
                    traites++;
                }
            }
            if (!echecs.isEmpty()) {
                return traites;
            }
        }
    }

    private static SQSEvent evenement(List<Message> messages) {
        SQSEvent e = new SQSEvent();
        e.setRecords(messages.stream().map(m -> {
            SQSEvent.SQSMessage s = new SQSEvent.SQSMessage();
            s.setMessageId(m.messageId());
            s.setReceiptHandle(m.receiptHandle());
            s.setBody(m.body());
            s.setEventSource("aws:sqs");
            s.setAttributes(m.attributes().entrySet().stream()
                    .collect(Collectors.toMap(a -> a.getKey().toString(), Map.Entry::getValue)));
            return s;
        }).toList());
        return e;
    }
}
