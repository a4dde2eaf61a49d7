package fr.simulateursons.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * AWS clients, built once per process. With {@code AWS_ENDPOINT_URL} set (LocalStack, moto), every client
 * talks to it and S3 uses path-style addresses, so that the same jar runs on AWS and on a local server.
 * Every call is bounded well below the functions' timeouts ({@link Delais}), so that a stalled endpoint ends in
 * an error the function still has time to handle, never in the invocation being cut.
 */
public final class ClientsAws {

    /**
     * The SDK's timeouts: to connect, between two bytes read, for one attempt, and for a whole call with its
     * retries. Defaults 2 s, 5 s, 5 s, 10 s; {@code AWS_DELAI_CONNEXION_MS}, {@code AWS_DELAI_LECTURE_MS},
     * {@code AWS_DELAI_TENTATIVE_MS}, {@code AWS_DELAI_APPEL_MS} change them.
     */
    public record Delais(Duration connexion, Duration lecture, Duration tentative, Duration appel) {

        static Delais depuis(Map<String, String> env) {
            return new Delais(ms(env, "AWS_DELAI_CONNEXION_MS", 2_000), ms(env, "AWS_DELAI_LECTURE_MS", 5_000),
                    ms(env, "AWS_DELAI_TENTATIVE_MS", 5_000), ms(env, "AWS_DELAI_APPEL_MS", 10_000));
        }

        private static Duration ms(Map<String, String> env, String nom, long defaut) {
            return Duration.ofMillis(Long.parseLong(env.getOrDefault(nom, String.valueOf(defaut))));
        }
    }

    private final Optional<URI> pointDAcces;
    private final Region region;
    private final AwsCredentialsProvider identifiants;
    private final Delais delais;

    public ClientsAws(Map<String, String> environnement) {
        this.pointDAcces = Optional.ofNullable(environnement.get("AWS_ENDPOINT_URL")).filter(s -> !s.isBlank())
                .map(URI::create);
        this.region = Region.of(Optional.ofNullable(environnement.get("AWS_REGION"))
                .or(() -> Optional.ofNullable(environnement.get("AWS_DEFAULT_REGION")))
                .orElse("eu-west-3"));
        // Keys given in this environment map win (local servers, tests); otherwise the SDK's default chain.
        String cle = environnement.get("AWS_ACCESS_KEY_ID");
        String secret = environnement.get("AWS_SECRET_ACCESS_KEY");
        this.identifiants = cle != null && secret != null && environnement.get("AWS_SESSION_TOKEN") == null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(cle, secret))
                : DefaultCredentialsProvider.builder().build();
        this.delais = Delais.depuis(environnement);
    }

    public Delais delais() {
        return delais;
    }

    private UrlConnectionHttpClient.Builder http() {
        return UrlConnectionHttpClient.builder().connectionTimeout(delais.connexion()).socketTimeout(delais.lecture());
    }

    private ClientOverrideConfiguration bornes() {
        return ClientOverrideConfiguration.builder().apiCallAttemptTimeout(delais.tentative())
                .apiCallTimeout(delais.appel()).build();
    }

    public S3Client s3() {
        var b = S3Client.builder().httpClientBuilder(http()).overrideConfiguration(bornes()).region(region)
                .credentialsProvider(identifiants);
        pointDAcces.ifPresent(u -> b.endpointOverride(u).forcePathStyle(true));
        return b.build();
    }

    /** Signs with the same credentials, region and endpoint as {@link #s3()}, so that its URLs reach the same server. */
    public S3Presigner presigneur() {
        var b = S3Presigner.builder().region(region).credentialsProvider(identifiants);
        pointDAcces.ifPresent(u -> b.endpointOverride(u)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return b.build();
    }

    public SqsClient sqs() {
        var b = SqsClient.builder().httpClientBuilder(http()).overrideConfiguration(bornes()).region(region)
                .credentialsProvider(identifiants);
        pointDAcces.ifPresent(b::endpointOverride);
        return b.build();
    }

    public SecretsManagerClient secrets() {
        var b = SecretsManagerClient.builder().httpClientBuilder(http()).overrideConfiguration(bornes()).region(region)
                .credentialsProvider(identifiants);
        pointDAcces.ifPresent(b::endpointOverride);
        return b.build();
    }
}
