package fr.simulateursons.engine.fichier;

import fr.simulateursons.engine.Code;
import fr.simulateursons.engine.Erreur;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * F02: the bytes must be one strict JSON document in UTF-8. On failure the error carries the line and
 * column of the first fault found, counted in characters as an editor shows them.
 */
public final class AnalyseJson {

    /** Either the document, or F02. */
    public record Resultat(JsonNode document, Optional<Erreur> erreur) {
    }

    private static final int BOM = 3;

    private AnalyseJson() {
    }

    public static Resultat analyser(byte[] octets) {
        // Jackson skips a UTF-8 BOM itself and reports offsets from the first byte; only positions start after it.
        int debut = aUnBom(octets) ? BOM : 0;
        // Jackson would guess UTF-16 or UTF-32 from NUL bytes; JSON in UTF-8 can hold no raw NUL, so both are refused here.
        int fauteEncodage = premiereFauteUtf8(octets, debut);
        if (fauteEncodage >= 0) {
            return echec(octets, debut, fauteEncodage);
        }
        try {
            JsonNode document = JsonStrict.MAPPER.readTree(octets);
            if (document == null || document.isMissingNode()) {
                return echec(octets, debut, octets.length);
            }
            return new Resultat(document, Optional.empty());
        } catch (JacksonException e) {
            TokenStreamLocation lieu = e.getLocation() != null ? e.getLocation() : lieuDeLaFaute(octets);
            long offset = lieu == null ? -1 : lieu.getByteOffset();
            if (offset < 0 || offset > octets.length) {
                return new Resultat(null, Optional.of(Code.F02.erreur(null)));
            }
            return echec(octets, debut, (int) offset);
        } catch (NumberFormatException | ArithmeticException e) {
            // A number JSON allows but no decimal type holds (e.g. an exponent beyond 2^31): not importable either.
            return new Resultat(null, Optional.of(Code.F02.erreur(null)));
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

    private static boolean aUnBom(byte[] o) {
        return o.length >= BOM && (o[0] & 0xFF) == 0xEF && (o[1] & 0xFF) == 0xBB && (o[2] & 0xFF) == 0xBF;
    }

    /** Offset of the first byte that is not valid UTF-8 or is NUL, or -1. */
    private static int premiereFauteUtf8(byte[] octets, int debut) {
        CharsetDecoder decodeur = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(octets, debut, octets.length - debut);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            int avant = in.position();
            CoderResult r = decodeur.decode(in, out, true);
            out.flip();
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\0') {
                    return nul(octets, avant);
                }
            }
            out.clear();
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                r = decodeur.flush(out);
                return r.isError() ? in.position() : -1;
            }
        }
    }

    private static int nul(byte[] octets, int depuis) {
        for (int i = depuis; i < octets.length; i++) {
            if (octets[i] == 0) {
                return i;
            }
        }
        throw new IllegalStateException("NUL decoded but not found");
    }

    private static Resultat echec(byte[] octets, int debut, int offset) {
        int ligne = 1;
        int colonne = 1;
        int i = debut;
        while (i < offset) {
            int b = octets[i] & 0xFF;
            if (b == '\n' || (b == '\r' && (i + 1 >= octets.length || octets[i + 1] != '\n'))) {
                ligne++;
                colonne = 1;
            } else if ((b & 0xC0) != 0x80) {
                // A new character starts at every byte that is not a UTF-8 continuation byte.
                colonne++;
            }
            i++;
        }
        return new Resultat(null, Optional.of(Code.F02.erreur(null).at(ligne, colonne)));
    }
}
