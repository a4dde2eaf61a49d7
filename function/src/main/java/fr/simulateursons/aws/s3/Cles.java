package fr.simulateursons.aws.s3;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buckets' key layout (spec §5), in one place. For an uploaded object {@code K} the results bucket holds
 * {@code statuts/K} (written first EN_COURS, last final), {@code sorties/K} (the annotated file),
 * {@code attestations/K} (the attestation de simulation) and {@code resumes/K} (the API's bounded summary); the
 * upload API's objects are {@code depots/<id>.json} in the input bucket and {@code simulations/<id>.json} in the
 * results bucket; re-validation runs live under {@code revalidations/}.
 */
public final class Cles {

    public static final String STATUTS = "statuts/";
    public static final String SORTIES = "sorties/";
    public static final String ATTESTATIONS = "attestations/";
    public static final String RESUMES = "resumes/";
    public static final String DEPOTS = "depots/";
    public static final String SIMULATIONS = "simulations/";
    public static final String REVALIDATIONS = "revalidations/";

    /** What the pipeline writes for an upload: a key under one of these is a result, never an upload to simulate. */
    private static final List<String> RESULTATS = List.of(STATUTS, SORTIES, ATTESTATIONS, RESUMES, REVALIDATIONS);

    private static final Pattern DEPOT_API = Pattern.compile(
            "depots/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.json");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Cles() {
    }

    public static boolean estUnResultat(String cle) {
        return RESULTATS.stream().anyMatch(cle::startsWith);
    }

    public static String statut(String cle) {
        return STATUTS + cle;
    }

    public static String sortie(String cle) {
        return SORTIES + cle;
    }

    public static String attestation(String cle) {
        return ATTESTATIONS + cle;
    }

    public static String resume(String cle) {
        return RESUMES + cle;
    }

    /** Where the API's presigned PUT of simulation {@code id} lands, in the input bucket. */
    public static String depot(String id) {
        return DEPOTS + id + ".json";
    }

    /** The API's record of a simulation created, in the results bucket. */
    public static String simulation(String id) {
        return SIMULATIONS + id + ".json";
    }

    /** The API's simulation id of an upload made through it. */
    public static Optional<String> idDepot(String cle) {
        Matcher m = DEPOT_API.matcher(cle);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** An id as the API gives them (a UUID), the only thing a client may ask about. */
    public static boolean idValide(String id) {
        return ID.matcher(id).matches();
    }
}
