package fr.simulateursons.moteur.json;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;

import java.util.regex.Pattern;

/**
 * A pack's {@code pattern}s with a bound on their work: a pack is data a vendor writes, and a pattern with nested
 * quantifiers ({@code ^(a+)+$}) backtracks exponentially on the wrong input — one file would stall a Lambda until its
 * timeout. Each match may read its input at most {@link #PAS_PAR_CARACTERE} times per character, and never less than
 * {@link #PAS_MIN} times: a linear pattern reads each character a few times; past the bound the match is abandoned with
 * {@link MotifTropCouteux}, which the chain reports as a fault of the pack (R01). Written as networknt's own JDK
 * expressions, but for the bound.
 */
public final class MotifsBornes implements RegularExpressionFactory {

    static final long PAS_MIN = 1_000_000;
    static final long PAS_PAR_CARACTERE = 100;

    /** A pattern that needed more work than its bound on one value. */
    public static final class MotifTropCouteux extends RuntimeException {
        private final String motif;

        MotifTropCouteux(String motif) {
            super("motif trop coûteux : " + motif, null, false, false);
            this.motif = motif;
        }

        /** As the schema writes it. */
        public String motif() {
            return motif;
        }
    }

    @Override
    public RegularExpression getRegularExpression(String motif) {
        Pattern p = Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
                RegularExpressions.replaceDollarAnchors(motif)));
        return valeur -> p.matcher(new Compteur(valeur.toString(), motif)).find();
    }

    /**
     * The value as the matcher reads it, each character read counted: one object per match, and the plain
     * {@link String#charAt} behind it, so that a pattern that runs well costs little more than unbounded.
     */
    private static final class Compteur implements CharSequence {
        private final String texte;
        private final String motif;
        private long restants;

        Compteur(String texte, String motif) {
            this.texte = texte;
            this.motif = motif;
            this.restants = Math.max(PAS_MIN, PAS_PAR_CARACTERE * texte.length());
        }

        @Override
        public char charAt(int index) {
            if (--restants < 0) {
                throw new MotifTropCouteux(motif);
            }
            return texte.charAt(index);
        }

        @Override
        public int length() {
            return texte.length();
        }

        /** What a match reports (a group), never what it reads. */
        @Override
        public CharSequence subSequence(int debut, int fin) {
            return texte.substring(debut, fin);
        }

        @Override
        public String toString() {
            return texte;
        }
    }
}
