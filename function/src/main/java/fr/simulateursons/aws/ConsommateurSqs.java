package fr.simulateursons.aws;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Lambda's SQS event source mapping does, for local runs without Lambda (moto): receive a batch,
 * hand it to a handler ({@link SqsHandler}, {@link RevalidationSqsHandler}), delete the messages it did not
 * report as failed. Stops at the first empty receive.
 */
public final class ConsommateurSqs {

    private final SqsClient sqs;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;

    public ConsommateurSqs(SqsClient sqs, RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        this.sqs = sqs;
        this.handler = handler;
    }

    /** Wired from the environment as the Lambda function is ({@code RESULTS_BUCKET}, {@code AWS_ENDPOINT_URL}…). */
    public static ConsommateurSqs depuis(Map<String, String> environnement) {
        ClientsAws clients = new ClientsAws(environnement);
        TraitementDepot traitement = Processus.traitement(new StockageS3(clients.s3()),
                Configuration.depuis(environnement), Clock.systemUTC());
        return new ConsommateurSqs(clients.sqs(), new SqsHandler(traitement));
    }

    /** @return the number of messages handled without failure */
    public int vider(String urlFile, int attenteSecondes) {
        int traites = 0;
        while (true) {
            ReceiveMessageResponse r = sqs.receiveMessage(b -> b.queueUrl(urlFile).maxNumberOfMessages(10)
                    .waitTimeSeconds(attenteSecondes));
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
            return s;
        }).toList());
        return e;
    }
}
