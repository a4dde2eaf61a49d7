package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.s3.Cles;
import fr.simulateursons.moteur.revalidation.Runs;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.List;
import java.util.Optional;

/** The re-validation runs in the results bucket, under {@code revalidations/}; the live results are never touched. */
final class MagasinRunsS3 implements Runs.Magasin {

    static final String PREFIXE = Cles.REVALIDATIONS;

    private final S3Client s3;
    private final String bucket;

    MagasinRunsS3(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<byte[]> lire(String chemin) {
        return lireCle(PREFIXE + chemin);
    }

    /** Any key of the results bucket: the live statuses and annotated files that a first run compares with. */
    Optional<byte[]> lireCle(String cle) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(cle)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void ecrire(String chemin, byte[] contenu, String typeDeContenu) {
        s3.putObject(b -> b.bucket(bucket).key(PREFIXE + chemin).contentType(typeDeContenu), RequestBody.fromBytes(contenu));
    }

    /** The lots of a run written so far, by path below the store. */
    List<String> lots(String runId) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(PREFIXE + runId + "/lots/")).contents().stream()
                .map(S3Object::key).map(k -> k.substring(PREFIXE.length())).toList();
    }
}
