package fr.simulateursons.aws;

import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.fichier.LectureFichier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The S3 side of a simulation: what is read of an uploaded object, and where results are written. */
public final class StockageS3 {

    /** An uploaded object as HEAD describes it: its user metadata (keys without {@code x-amz-meta-}) and identity. */
    public record Entete(Map<String, String> metadonnees, long taille, String etag, String versionId) {
    }

    private final S3Client s3;

    public StockageS3(S3Client s3) {
        this.s3 = s3;
    }

    public Entete entete(ObjetDepose o) {
        HeadObjectResponse h = s3.headObject(HeadObjectRequest.builder().bucket(o.bucket()).key(o.cle())
                .versionId(o.versionId()).build());
        return new Entete(h.metadata(), h.contentLength(), sansGuillemets(h.eTag()), h.versionId());
    }

    /** S3's ETag header is quoted; its event notifications and the status carry the bare value. */
    private static String sansGuillemets(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    public Map<String, String> tags(ObjetDepose o, Entete e) {
        return s3.getObjectTagging(GetObjectTaggingRequest.builder().bucket(o.bucket()).key(o.cle())
                        .versionId(e.versionId()).build())
                .tagSet().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
    }

    /**
     * The object's bytes, of the version HEAD saw; never more than one byte past the limit is asked for, so
     * that even an object replaced by a larger one since HEAD costs no more than F01 needs.
     */
    public Fichier fichier(ObjetDepose o, Entete e) {
        return new Fichier() {
            @Override
            public OptionalLong taille() {
                return OptionalLong.of(e.taille());
            }

            @Override
            public InputStream ouvrir() {
                if (e.taille() == 0) {
                    // S3 answers a range on an empty object with 416; there is nothing to read anyway.
                    return new ByteArrayInputStream(new byte[0]);
                }
                return s3.getObject(GetObjectRequest.builder().bucket(o.bucket()).key(o.cle())
                        .versionId(e.versionId()).range("bytes=0-" + LectureFichier.TAILLE_MAX).build());
            }
        };
    }

    public InputStream lire(URI s3Uri) {
        return s3.getObject(GetObjectRequest.builder().bucket(s3Uri.getHost())
                .key(s3Uri.getPath().substring(1)).build());
    }

    public void ecrireJson(String bucket, String cle, byte[] contenu) {
        s3.putObject(b -> b.bucket(bucket).key(cle).contentType("application/json; charset=utf-8"),
                RequestBody.fromBytes(contenu));
    }
}
