package fr.simulateursons.aws;

import org.junit.jupiter.api.Assertions;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.Tagging;
import software.amazon.awssdk.services.sqs.SqsClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real moto_server (S3 with tagging, SQS, S3 → SQS notifications) on loopback, started once for the whole
 * test JVM. Without moto_server on the PATH the S3 tests are skipped locally with a clear message, and fail
 * in CI ({@code CI} set), so that the S3 path is never silently untested there.
 */
public final class MotoServeur implements BeforeAllCallback {

    private static Process processus;
    private static URI adresse;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        demarrer();
    }

    private static synchronized void demarrer() throws IOException, InterruptedException {
        if (processus != null) {
            return;
        }
        if (!executableTrouve()) {
            String message = "moto_server est introuvable sur le PATH : les tests S3 sur moto ne peuvent pas tourner "
                    + "(il vient avec le Python de l'image : pip install 'moto[server]').";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path journal = Path.of("target", "moto_server.log");
        Files.createDirectories(journal.getParent());
        processus = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(journal.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(processus::destroy));
        adresse = URI.create("http://127.0.0.1:" + port);
        long limite = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < limite) {
            if (!processus.isAlive()) {
                Assertions.fail("moto_server s'est arrêté au démarrage, voir " + journal.toAbsolutePath());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) adresse.resolve("/moto-api/").toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() > 0) {
                    return;
                }
            } catch (IOException pasEncore) {
                Thread.sleep(100);
            }
        }
        Assertions.fail("moto_server ne répond pas sur " + adresse);
    }

    private static boolean executableTrouve() {
        for (String dossier : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dossier, "moto_server"))) {
                return true;
            }
        }
        return false;
    }

    /** Forgets every bucket and queue, so that each test starts from nothing. */
    public static void reinitialiser() throws IOException {
        HttpURLConnection c = (HttpURLConnection) adresse.resolve("/moto-api/reset").toURL().openConnection();
        c.setRequestMethod("POST");
        Assertions.assertEquals(200, c.getResponseCode());
    }

    /** Buckets, queues and notifications of one test, on a server reset for it. */
    public record Infrastructure(Map<String, String> env, S3Client s3, SqsClient sqs) {

        /** A new queue, and its URL. */
        public String file(String nom) {
            return sqs.createQueue(b -> b.queueName(nom)).queueUrl();
        }

        /** An upload with its user metadata and tags, as a vendor's client would make it. */
        public PutObjectResponse deposer(String bucket, String cle, byte[] contenu, Map<String, String> metadonnees,
                                         Map<String, String> tags) {
            return s3.putObject(b -> {
                b.bucket(bucket).key(cle).metadata(metadonnees);
                if (!tags.isEmpty()) {
                    b.tagging(Tagging.builder().tagSet(tags.entrySet().stream()
                            .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()).build());
                }
            }, RequestBody.fromBytes(contenu));
        }

        /** A directory's files under {@code prefixe} (ending with "/") of a bucket; its {@code s3://} address. */
        public String publier(String bucket, String prefixe, Path dossier) throws IOException {
            try (Stream<Path> fichiers = Files.walk(dossier)) {
                for (Path f : fichiers.filter(Files::isRegularFile).toList()) {
                    String cle = prefixe + dossier.relativize(f).toString().replace('\\', '/');
                    s3.putObject(b -> b.bucket(bucket).key(cle), RequestBody.fromFile(f));
                }
            }
            return "s3://" + bucket + "/" + prefixe;
        }

        /** The bucket's uploads notify the queue, as S3 → SQS does on AWS. */
        public void notifier(String bucket, String urlFile) {
            String arn = sqs.getQueueAttributes(b -> b.queueUrl(urlFile).attributeNamesWithStrings("QueueArn"))
                    .attributesAsStrings().get("QueueArn");
            s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                    .queueConfigurations(q -> q.queueArn(arn).eventsWithStrings("s3:ObjectCreated:*"))));
        }
    }

    /**
     * A reset server with a versioned input bucket and a results bucket, and the environment of a function
     * using them ({@code DEPOTS_BUCKET}, {@code RESULTS_BUCKET}, endpoint, keys, region).
     */
    public static Infrastructure infrastructure(String depots, String resultats) throws IOException {
        reinitialiser();
        Map<String, String> env = new HashMap<>(environnement(resultats));
        env.put("DEPOTS_BUCKET", depots);
        ClientsAws clients = new ClientsAws(env);
        S3Client s3 = clients.s3();
        for (String b : List.of(depots, resultats)) {
            s3.createBucket(c -> c.bucket(b).createBucketConfiguration(x -> x.locationConstraint("eu-west-3")));
            s3.putBucketVersioning(v -> v.bucket(b).versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
        }
        return new Infrastructure(env, s3, clients.sqs());
    }

    /** The environment a function or a local run would have against this server. */
    public static Map<String, String> environnement(String bucketResultats) {
        return Map.of("AWS_ENDPOINT_URL", adresse.toString(), "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test", "AWS_REGION", "eu-west-3", "RESULTS_BUCKET", bucketResultats);
    }
}
