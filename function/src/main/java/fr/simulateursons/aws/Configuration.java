package fr.simulateursons.aws;

import fr.simulateursons.aws.s3.SourcePackS3;
import fr.simulateursons.aws.s3.StockageS3;

import fr.simulateursons.moteur.Moteur;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The function's settings, from its environment.
 *
 * @param bucketResultats {@code RESULTS_BUCKET}: where {@code statuts/K}, {@code sorties/K} and {@code resumes/K} are written
 * @param referentiel     {@code REFERENTIEL_URI}, an {@code s3://bucket/key}; absent: the bundled one
 * @param dispositifs     {@code DISPOSITIFS_URI}, likewise
 * @param eligibilite     {@code ELIGIBILITE_URI}; absent: no eligibility base, D14 off
 * @param formatSons      {@code FORMAT_SONS_URI}, an {@code s3://bucket/prefix/} holding a format pack or a catalogue
 *                        of packs; absent: the bundled one
 * @param journal         {@code LOG_LEVEL}: {@code INFO} (default) logs one line per simulation, {@code ERROR} only failures
 * @param tentativesMax   {@code TENTATIVES_MAX}: the notification queue's {@code maxReceiveCount} (default 3); the
 *                        attempt that receives a message for that time is the last one
 */
public record Configuration(String bucketResultats, Optional<URI> referentiel, Optional<URI> dispositifs,
                            Optional<URI> eligibilite, Optional<URI> formatSons, String journal, int tentativesMax) {

    public static Configuration depuis(Map<String, String> env) {
        String resultats = env.get("RESULTS_BUCKET");
        if (resultats == null || resultats.isBlank()) {
            throw new IllegalStateException("RESULTS_BUCKET n'est pas défini");
        }
        int tentatives = Integer.parseInt(env.getOrDefault("TENTATIVES_MAX", "3"));
        if (tentatives < 1) {
            throw new IllegalStateException("TENTATIVES_MAX doit valoir au moins 1 : " + tentatives);
        }
        return new Configuration(resultats, uri(env, "REFERENTIEL_URI"), uri(env, "DISPOSITIFS_URI"),
                uri(env, "ELIGIBILITE_URI"), uri(env, "FORMAT_SONS_URI"), env.getOrDefault("LOG_LEVEL", "INFO"),
                tentatives);
    }

    private static Optional<URI> uri(Map<String, String> env, String nom) {
        return Optional.ofNullable(env.get(nom)).filter(v -> !v.isBlank()).map(v -> {
            URI u = URI.create(v.strip());
            if (!"s3".equals(u.getScheme()) || u.getHost() == null || u.getPath().length() < 2) {
                throw new IllegalStateException(nom + " doit être une URI s3://bucket/cle : " + v);
            }
            return u;
        });
    }

    /**
     * The engine on the resources of this environment: each replaced one is read anew for each simulation, so that a
     * resource replaced in S3 takes effect at the next upload (each read stops past the bound of a resource); a
     * replaced format pack or catalogue is looked at by one listing per simulation, and read and compiled again only
     * when an object under it changed.
     */
    public Moteur moteur(StockageS3 stockage, Clock horloge) {
        Moteur.Builder b = Moteur.builder().horloge(horloge);
        referentiel.ifPresent(u -> b.referentiel(u.toString(), () -> stockage.lire(u)));
        dispositifs.ifPresent(u -> b.dispositifs(u.toString(), () -> stockage.lire(u)));
        eligibilite.ifPresent(u -> b.eligibilite(u.toString(), () -> stockage.lire(u)));
        formatSons.ifPresent(u -> b.formatSons(new SourcePackS3(stockage, u)));
        return b.build();
    }
}
