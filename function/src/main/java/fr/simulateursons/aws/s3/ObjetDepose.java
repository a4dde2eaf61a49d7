package fr.simulateursons.aws.s3;

import fr.simulateursons.moteur.Statut;

/**
 * One uploaded object named by an S3 event notification, its key already URL-decoded.
 *
 * @param versionId  null when the bucket is not versioned (or the event does not say, as moto's do not)
 * @param taille     as the event announces it; the HEAD request has the last word
 * @param sequenceur the event's {@code sequencer}: orders the events of one key; null when the event has none
 */
public record ObjetDepose(String bucket, String cle, String versionId, String etag, Long taille, String sequenceur) {

    /** An object named without an event (re-validation, tests): no order to keep. */
    public ObjetDepose(String bucket, String cle, String versionId, String etag, Long taille) {
        this(bucket, cle, versionId, etag, taille, null);
    }

    /** The object as the status names it, from the event alone (HEAD has the last word). */
    public Statut.Entree entree() {
        return new Statut.Entree(cle, versionId, etag, taille);
    }

    public Rang rang() {
        return new Rang(sequenceur, versionId != null ? versionId : etag);
    }
}
