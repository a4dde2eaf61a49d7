package fr.simulateursons.moteur;

/** The input as the status names it: the S3 key (or the CLI's path), its version and ETag when S3 has them. */
public record Entree(String cle, String versionId, String etag, Long taille) {
}
