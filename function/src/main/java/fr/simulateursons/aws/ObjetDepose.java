package fr.simulateursons.aws;

/**
 * One uploaded object named by an S3 event notification, its key already URL-decoded.
 *
 * @param versionId null when the bucket is not versioned
 * @param taille    as the event announces it; the HEAD request has the last word
 */
public record ObjetDepose(String bucket, String cle, String versionId, String etag, Long taille) {
}
