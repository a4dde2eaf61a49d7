package fr.simulateursons.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * AWS clients, built once per process. With {@code AWS_ENDPOINT_URL} set (LocalStack, moto), every client
 * talks to it and S3 uses path-style addresses, so that the same jar runs on AWS and on a local server.
 */
public final class ClientsAws {

    private final Optional<URI> pointDAcces;
    private final Region region;
    private final AwsCredentialsProvider identifiants;

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
    }

    public S3Client s3() {
        var b = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(region)
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
        var b = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(region)
                .credentialsProvider(identifiants);
        pointDAcces.ifPresent(b::endpointOverride);
        return b.build();
    }
}
