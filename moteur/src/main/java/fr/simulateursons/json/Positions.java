package fr.simulateursons.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where values start in a JSON document's bytes, as an editor shows it: line and column, 1-based, columns in
 * characters (Unicode code points), a UTF-8 BOM not counted, a line ended by LF, CRLF or a lone CR. For the
 * rejection path only: a valid file never pays for it.
 */
public final class Positions {

    /**
     * @param nombre the value's own text when it is a number ({@code 1.2013E+2}), else null: the tree keeps only
     *               its value
     * @param fin    for an object or an array, the byte offset of its closing brace or bracket; else -1
     */
    public record Lieu(int ligne, int colonne, String nombre, long fin) {
    }

    private static final int BOM = 3;

    private Positions() {
    }

    /**
     * Where the value at each JSON Pointer starts, in one streaming pass over the bytes, skipping whatever holds
     * none of them and stopping once all are found. A pointer to nothing is absent from the answer.
     */
    public static Map<String, Lieu> trouver(byte[] octets, Collection<String> pointeurs) {
        Parcours parcours = new Parcours(pointeurs);
        try (JsonParser p = JsonStrict.MAPPER.createParser(octets)) {
            if (p.nextToken() != null) {
                parcours.visiter(p, "");
            }
        }
        long[] offsets = parcours.offsets.values().stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        int[][] lc = lignesColonnes(octets, offsets);
        Map<String, Lieu> lieux = new HashMap<>();
        parcours.offsets.forEach((pointeur, offset) -> {
            int i = Arrays.binarySearch(offsets, offset);
            lieux.put(pointeur, new Lieu(lc[i][0], lc[i][1], parcours.nombres.get(pointeur),
                    parcours.fins.getOrDefault(pointeur, -1L)));
        });
        return lieux;
    }

    /** Line and column of each byte offset; {@code offsets} sorted ascending. */
    public static int[][] lignesColonnes(byte[] octets, long[] offsets) {
        int[][] lc = new int[offsets.length][];
        int ligne = 1;
        int colonne = 1;
        int i = aUnBom(octets) ? BOM : 0;
        for (int k = 0; k < offsets.length; k++) {
            long fin = Math.min(offsets[k], octets.length);
            while (i < fin) {
                int b = octets[i] & 0xFF;
                if (b == '\n' || (b == '\r' && (i + 1 >= octets.length || octets[i + 1] != '\n'))) {
                    ligne++;
                    colonne = 1;
                } else if ((b & 0xC0) != 0x80 && b != '\r') {
                    // A new character starts at every byte that is not a UTF-8 continuation byte.
                    colonne++;
                }
                i++;
            }
            lc[k] = new int[] {ligne, colonne};
        }
        return lc;
    }

    public static boolean aUnBom(byte[] o) {
        return o.length >= BOM && (o[0] & 0xFF) == 0xEF && (o[1] & 0xFF) == 0xBB && (o[2] & 0xFF) == 0xBF;
    }

    private static final class Parcours {
        private final Set<String> cibles;
        private final Set<String> prefixes = new HashSet<>();
        private final Map<String, Long> offsets = new HashMap<>();
        private final Map<String, String> nombres = new HashMap<>();
        private final Map<String, Long> fins = new HashMap<>();
        private int restants;

        Parcours(Collection<String> pointeurs) {
            cibles = new HashSet<>(pointeurs);
            restants = cibles.size();
            for (String c : cibles) {
                for (int i = c.length(); i >= 0; i = c.lastIndexOf('/', i - 1)) {
                    prefixes.add(c.substring(0, i));
                    if (i == 0) {
                        break;
                    }
                }
            }
        }

        /** Every target found, and every object or array among them read to its end. */
        boolean fini() {
            return restants == 0;
        }

        /** The parser stands on the first token of the value at {@code pointeur}. */
        void visiter(JsonParser p, String pointeur) {
            JsonToken t = p.currentToken();
            boolean cible = cibles.contains(pointeur);
            if (cible) {
                offsets.put(pointeur, p.currentTokenLocation().getByteOffset());
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    nombres.put(pointeur, p.getString());
                }
            }
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                restants -= cible ? 1 : 0;
                return;
            }
            if (!prefixes.contains(pointeur)) {
                p.skipChildren();
            } else {
                parcourir(p, t, pointeur);
            }
            if (cible) {
                fins.put(pointeur, p.currentTokenLocation().getByteOffset());
                restants--;
            }
        }

        private void parcourir(JsonParser p, JsonToken t, String pointeur) {
            if (t == JsonToken.START_OBJECT) {
                while (!fini() && p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String nom = p.currentName();
                    p.nextToken();
                    boolean aEchapper = nom.indexOf('~') >= 0 || nom.indexOf('/') >= 0;
                    visiter(p, pointeur + "/" + (aEchapper ? nom.replace("~", "~0").replace("/", "~1") : nom));
                }
            } else {
                int index = 0;
                while (!fini() && p.nextToken() != JsonToken.END_ARRAY) {
                    visiter(p, pointeur + "/" + index++);
                }
            }
        }
    }
}
