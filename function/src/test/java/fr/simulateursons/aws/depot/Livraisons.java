package fr.simulateursons.aws.depot;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** S3 notifications as SQS delivers them to the function, and the Lambda context of an invocation. */
final class Livraisons {

    private Livraisons() {
    }

    /** The body S3 puts in the queue for one upload: the key URL-encoded, and the event's sequencer. */
    static String notification(String bucket, String cle, String versionId, String etag, long taille, String sequenceur) {
        ObjectNode r = JsonStrict.MAPPER.createObjectNode();
        ObjectNode record = r.putArray("Records").addObject();
        record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("eventName", "ObjectCreated:Put");
        ObjectNode s3 = record.putObject("s3");
        s3.putObject("bucket").put("name", bucket);
        ObjectNode o = s3.putObject("object");
        o.put("key", URLEncoder.encode(cle, StandardCharsets.UTF_8)).put("size", taille).put("eTag", etag);
        if (versionId != null) {
            o.put("versionId", versionId);
        }
        if (sequenceur != null) {
            o.put("sequencer", sequenceur);
        }
        return r.toString();
    }

    /** One SQS message, on its {@code receptions}-th delivery. */
    static SQSEvent message(String corps, int receptions) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("message-" + Math.abs(corps.hashCode()));
        m.setBody(corps);
        m.setEventSource("aws:sqs");
        m.setAttributes(Map.of("ApproximateReceiveCount", String.valueOf(receptions)));
        SQSEvent e = new SQSEvent();
        e.setRecords(List.of(m));
        return e;
    }

    /** An invocation with {@code duree} left and a logger that keeps its lines. */
    static final class Contexte implements Context {

        final List<String> lignes = new CopyOnWriteArrayList<>();
        private final long fin;

        Contexte(Duration duree) {
            this.fin = System.nanoTime() + duree.toNanos();
        }

        @Override
        public String getAwsRequestId() {
            return "requete-de-test";
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) Math.max(0, (fin - System.nanoTime()) / 1_000_000);
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    lignes.add(message);
                }

                @Override
                public void log(byte[] message) {
                    log(new String(message, StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/simulation";
        }

        @Override
        public String getLogStreamName() {
            return "flux";
        }

        @Override
        public String getFunctionName() {
            return "simulation";
        }

        @Override
        public String getFunctionVersion() {
            return "1";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-3:123456789012:function:simulation";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1769;
        }
    }
}
