package fr.simulateursons.aws.s3;

import fr.simulateursons.moteur.Fichier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The S3 side of a simulation: what is read of an uploaded object, and where results are written. */
public final class StockageS3 {

    /** An uploaded object as HEAD describes it: its user metadata (keys without {@code x-amz-meta-}) and identity. */
    public record Entete(Map<String, String> metadonnees, long taille, String etag, String versionId) {
    }

    static final String META_ETAT = "etat";
    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    /** Writers of one key at the same instant are the retries of one event and, rarely, a second upload. */
    private static final int ESSAIS_CONCURRENTS = 8;

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
                        .versionId(e.versionId()).range("bytes=0-" + Fichier.TAILLE_MAX).build());
            }
        };
    }

    public InputStream lire(URI s3Uri) {
        return s3.getObject(GetObjectRequest.builder().bucket(s3Uri.getHost())
                .key(s3Uri.getPath().substring(1)).build());
    }

    /**
     * At most {@code octets} bytes of an object (a pack's file): a range request, so that a huge
     * object costs no more than its bound. Empty when there is no such object: a role may list only under
     * {@code ressources/} (to find a catalogue's packs), and S3 then answers a missing key there with 403, not 404.
     */
    public Optional<byte[]> lireBorne(URI s3Uri, int octets) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(s3Uri.getHost()).key(s3Uri.getPath().substring(1))
                    .range("bytes=0-" + (octets - 1))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            // An empty object answers a range with 416: nothing to read.
            if (e.statusCode() == 416) {
                return Optional.of(new byte[0]);
            }
            if (e.statusCode() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Every object under a prefix with its ETag and size, in one listing (pages of a thousand): what a pack's or a
     * catalogue's files are now. Empty when the role may not list there.
     */
    public Optional<String> signature(URI prefixe) {
        String cle = prefixe.getPath().substring(1);
        try {
            StringBuilder signature = new StringBuilder();
            s3.listObjectsV2Paginator(b -> b.bucket(prefixe.getHost()).prefix(cle)).contents().forEach(o -> signature
                    .append(o.key()).append('\0').append(o.eTag()).append('\0').append(o.size()).append('\n'));
            return Optional.of(signature.toString());
        } catch (S3Exception e) {
            return Optional.empty();
        }
    }

    /** The immediate "subdirectories" of a prefix ({@code s3://bucket/prefix/}), by name, in order. */
    public List<String> sousDossiers(URI prefixe) {
        String cle = prefixe.getPath().substring(1);
        return s3.listObjectsV2Paginator(b -> b.bucket(prefixe.getHost()).prefix(cle).delimiter("/")).commonPrefixes()
                .stream().map(p -> p.prefix().substring(cle.length(), p.prefix().length() - 1)).sorted().toList();
    }

    /** A plain write, for what no other writer races for (the API's record of a simulation, a run's files). */
    public void ecrire(String bucket, String cle, byte[] contenu, String type) {
        s3.putObject(b -> b.bucket(bucket).key(cle).contentType(type), RequestBody.fromBytes(contenu));
    }

    /** An object read whole, with what is written in its metadata. */
    public record Lu(byte[] contenu, Ecrit ecrit) {
    }

    /**
     * The object at {@code cle}, or empty when there is none. A role that may read every key it asks for but has no
     * {@code s3:ListBucket} (the API's: it has no list to make) gets 403 for a missing key, not 404: absent too.
     */
    public Optional<Lu> lire(String bucket, String cle) {
        try {
            var r = s3.getObjectAsBytes(b -> b.bucket(bucket).key(cle));
            return Optional.of(new Lu(r.asByteArray(), Ecrit.de(r.response().metadata(), r.response().eTag())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** What is written at a key: the rank of the version that wrote it, its état (statuses), the ETag to replace it. */
    public record Ecrit(Rang rang, String etat, String etag) {

        /** From an object's user metadata and ETag, as HEAD and GET give them. */
        public static Ecrit de(Map<String, String> metadonnees, String etag) {
            return new Ecrit(Rang.de(metadonnees), metadonnees.get(META_ETAT), etag);
        }
    }

    /** A result written: its versionId (null in an unversioned bucket) and ETag. */
    public record Ecriture(String versionId, String etag) {
    }

    /** May a result of rank {@code rang} replace what is written, of order {@code ordre} to it? */
    @FunctionalInterface
    public interface Regle {
        boolean permet(Rang.Ordre ordre, Ecrit ecrit);
    }

    /**
     * Writes a result only where the rule lets this version replace what is there, atomically: S3's conditional
     * writes ({@code If-None-Match: *} where nothing is written, {@code If-Match} on the ETag read otherwise), so
     * that of two writers racing, the second reads again and decides again. Needs no {@code s3:ListBucket}: the
     * absent case is tried first, and only a key that exists is read.
     *
     * @param type      the content type ({@link #JSON}, {@link #HTML})
     * @param etat      written as metadata beside the rank, so that a reader knows the état without reading the body
     * @param etagConnu the ETag this writer last wrote there (its EN_COURS), tried first; null: nothing known
     * @return what was written, or empty when the rule refused
     */
    public Optional<Ecriture> ecrireOrdonne(String bucket, String cle, byte[] contenu, String type, Rang rang,
                                          String etat, Regle regle, String etagConnu) {
        Map<String, String> metadonnees = new HashMap<>(rang.metadonnees());
        metadonnees.put(META_ETAT, etat);
        String condition = etagConnu;
        for (int essai = 0; essai < ESSAIS_CONCURRENTS; essai++) {
            String siEtag = condition;
            try {
                PutObjectResponse r = s3.putObject(b -> {
                    b.bucket(bucket).key(cle).contentType(type).metadata(metadonnees);
                    if (siEtag == null) {
                        b.ifNoneMatch("*");
                    } else {
                        b.ifMatch(siEtag);
                    }
                }, RequestBody.fromBytes(contenu));
                return Optional.of(new Ecriture(r.versionId(), r.eTag()));
            } catch (S3Exception e) {
                if (e.statusCode() != 412 && e.statusCode() != 409) {
                    throw e;
                }
            }
            Optional<Ecrit> ecrit = ecrit(bucket, cle);
            if (ecrit.isPresent() && !regle.permet(rang.face(ecrit.get().rang()), ecrit.get())) {
                return Optional.empty();
            }
            condition = ecrit.map(Ecrit::etag).orElse(null);
        }
        throw new IllegalStateException("écritures concurrentes sans fin sur " + cle);
    }

    /**
     * Removes what is written at {@code cle} where the rule lets this version replace it, atomically: a delete
     * conditional on the ETag read ({@code If-Match}), so that a newer version's result written meanwhile is kept and
     * decided on again. In a versioned bucket the delete is a delete marker: the versions stay until the lifecycle
     * expires them. Needs {@code s3:DeleteObject} and {@code s3:GetObject}, no {@code s3:ListBucket}.
     *
     * @return true when something was removed; false when nothing is written there, or the rule refused
     */
    public boolean supprimerOrdonne(String bucket, String cle, Rang rang, Regle regle) {
        for (int essai = 0; essai < ESSAIS_CONCURRENTS; essai++) {
            Optional<Ecrit> ecrit = ecrit(bucket, cle);
            if (ecrit.isEmpty() || !regle.permet(rang.face(ecrit.get().rang()), ecrit.get())) {
                return false;
            }
            try {
                s3.deleteObject(b -> b.bucket(bucket).key(cle).ifMatch(ecrit.get().etag()));
                return true;
            } catch (S3Exception e) {
                // Replaced or removed since it was read (412, 409), or already gone (404; 403 without s3:ListBucket,
                // unless the object is still there as it was read: then the role may not delete it).
                boolean parti = e.statusCode() == 412 || e.statusCode() == 409 || e.statusCode() == 404
                        || e.statusCode() == 403 && !ecrit(bucket, cle).map(Ecrit::etag).equals(ecrit.map(Ecrit::etag));
                if (!parti) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("écritures concurrentes sans fin sur " + cle);
    }

    /** What is written at {@code cle}, read from its metadata alone; empty when nothing is (or, as above, 403). */
    public Optional<Ecrit> ecrit(String bucket, String cle) {
        try {
            HeadObjectResponse h = s3.headObject(b -> b.bucket(bucket).key(cle));
            return Optional.of(Ecrit.de(h.metadata(), h.eTag()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 403 || e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
