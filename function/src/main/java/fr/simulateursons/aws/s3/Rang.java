package fr.simulateursons.aws.s3;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where one version of a key stands among the others, so that an older version's event, delivered late, never
 * overwrites a newer one's results. S3's {@code sequencer} orders the events of one key (hexadecimal, compared
 * after left-padding the shorter with zeros); {@code version} (the versionId, else the ETag) tells whether two
 * events name the same object. Carried as user metadata on every result written for the key.
 *
 * @param sequenceur null when the event has none (moto, hand-made events): then the event handled last wins
 * @param version    null when the event names neither a version nor an ETag
 */
public record Rang(String sequenceur, String version) {

    static final String META_SEQUENCEUR = "sequenceur";
    static final String META_VERSION = "version";

    public enum Ordre { PLUS_ANCIEN, MEME, PLUS_RECENT }

    /** This rank compared with the one already written. */
    public Ordre face(Rang ecrit) {
        if (version != null && version.equals(ecrit.version)) {
            return Ordre.MEME;
        }
        if (sequenceur == null || ecrit.sequenceur == null) {
            return Ordre.PLUS_RECENT;
        }
        int n = Math.max(sequenceur.length(), ecrit.sequenceur.length());
        int c = gauche(sequenceur, n).compareToIgnoreCase(gauche(ecrit.sequenceur, n));
        return c > 0 ? Ordre.PLUS_RECENT : c < 0 ? Ordre.PLUS_ANCIEN : Ordre.MEME;
    }

    private static String gauche(String hex, int n) {
        return "0".repeat(n - hex.length()) + hex;
    }

    Map<String, String> metadonnees() {
        Map<String, String> m = new HashMap<>();
        Optional.ofNullable(sequenceur).ifPresent(s -> m.put(META_SEQUENCEUR, s));
        Optional.ofNullable(version).ifPresent(v -> m.put(META_VERSION, v));
        return m;
    }

    static Rang de(Map<String, String> metadonnees) {
        return new Rang(metadonnees.get(META_SEQUENCEUR), metadonnees.get(META_VERSION));
    }
}
