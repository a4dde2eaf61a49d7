package fr.simulateursons.moteur.fichier;

import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.json.Positions;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * F02: the bytes must be one strict JSON document in UTF-8. On failure the error carries the line and
 * column of the first fault found, counted in characters as an editor shows them.
 */
public final class AnalyseJson {

    /** Either the document, or F02. */
    public record Analyse(JsonNode document, Optional<Erreur> erreur) {
    }

    private static final int BOM = 3;

    private AnalyseJson() {
    }

    public static Analyse analyser(byte[] octets) {
        // Jackson skips a UTF-8 BOM itself and reports offsets from the first byte; only positions start after it.
        int debut = Positions.aUnBom(octets) ? BOM : 0;
        int fauteEncodage = encodageAutreQueUtf8(octets, debut);
        if (fauteEncodage >= 0) {
            return echec(octets, fauteEncodage);
        }
        try {
            JsonNode document = JsonStrict.MAPPER.readTree(octets);
            if (document == null || document.isMissingNode()) {
                return echec(octets, octets.length);
            }
            return new Analyse(document, Optional.empty());
        } catch (JacksonException e) {
            TokenStreamLocation lieu = e.getLocation() != null ? e.getLocation() : lieuDeLaFaute(octets);
            long offset = lieu == null ? -1 : lieu.getByteOffset();
            if (offset < 0 || offset > octets.length) {
                return new Analyse(null, Optional.of(Code.F02.erreur(null)));
            }
            return echec(octets, (int) offset);
        } catch (NumberFormatException | ArithmeticException e) {
            // A number JSON allows but no decimal type holds (e.g. an exponent beyond 2^31): not importable either.
            return new Analyse(null, Optional.of(Code.F02.erreur(null)));
        }
    }

    /** Some faults (nesting too deep) are reported without a location: the parser still knows where it stood. */
    private static TokenStreamLocation lieuDeLaFaute(byte[] octets) {
        try (JsonParser p = JsonStrict.MAPPER.createParser(octets)) {
            try {
                while (p.nextToken() != null) {
                    // only looking for where it fails
                }
            } catch (JacksonException e) {
                return p.currentLocation();
            }
        }
        return null;
    }

    /**
     * Jackson guesses UTF-16 or UTF-32 from a BOM or from NUL bytes among the first four: such input is not the
     * UTF-8 JSON the format requires. Past that guess Jackson reads UTF-8 strictly (invalid, overlong and
     * surrogate sequences, raw NULs are syntax errors: {@code AnalyseJsonTest} holds it to that), so no second
     * pass over the bytes is needed. Returns the offset of the fault, or -1.
     */
    private static int encodageAutreQueUtf8(byte[] octets, int debut) {
        if (octets.length - debut >= 2 && ((octets[debut] & 0xFF) == 0xFE || (octets[debut] & 0xFF) == 0xFF)) {
            return debut;
        }
        for (int i = debut; i < Math.min(octets.length, debut + 4); i++) {
            if (octets[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** F02 at that byte offset, as a line and a column ({@link Positions}: characters, the BOM not counted). */
    private static Analyse echec(byte[] octets, int offset) {
        int[] lc = Positions.lignesColonnes(octets, new long[] {offset})[0];
        return new Analyse(null, Optional.of(Code.F02.erreur(null).at(lc[0], lc[1])));
    }
}
