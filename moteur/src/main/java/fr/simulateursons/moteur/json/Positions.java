package fr.simulateursons.moteur.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

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
                parcours.visiter(p, parcours.racine);
            }
        }
        List<Noeud> trouves = parcours.trouves;
        trouves.sort(Comparator.comparingLong(n -> n.offset));
        long[] offsets = new long[trouves.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = trouves.get(i).offset;
        }
        int[][] lc = lignesColonnes(octets, offsets);
        Map<String, Lieu> lieux = new HashMap<>(trouves.size() * 2);
        for (int i = 0; i < offsets.length; i++) {
            Noeud n = trouves.get(i);
            lieux.put(n.pointeur, new Lieu(lc[i][0], lc[i][1], n.nombre, n.fin));
        }
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
                byte b = octets[i];
                if (b >= ' ') {
                    // The common case first: a printable ASCII character is one column.
                    colonne++;
                } else if (b == '\n' || (b == '\r' && (i + 1 >= octets.length || octets[i + 1] != '\n'))) {
                    ligne++;
                    colonne = 1;
                } else if (b < 0 ? (b & 0xC0) != 0x80 : b != '\r') {
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

    /**
     * The pointers sought, as a tree of their segments: the parser's own names (which it keeps canonical) and the
     * arrays' indexes find a child without building a pointer for every value read.
     */
    private static final class Noeud {
        private Map<String, Noeud> proprietes;
        private Map<Integer, Noeud> indexes;
        /** Set on the node a pointer names. */
        private String pointeur;
        private long offset = -1;
        private long fin = -1;
        private String nombre;

        Noeud enfant(String segment) {
            if (proprietes == null) {
                proprietes = new HashMap<>(4);
            }
            return proprietes.computeIfAbsent(segment, k -> new Noeud());
        }
    }

    private static final class Parcours {
        private final Noeud racine = new Noeud();
        private final List<Noeud> trouves = new ArrayList<>();
        private int restants;

        Parcours(Collection<String> pointeurs) {
            for (String pointeur : new HashSet<>(pointeurs)) {
                Noeud n = racine;
                for (JsonPointer seg = JsonPointer.compile(pointeur); !seg.matches(); seg = seg.tail()) {
                    Noeud suivant = n.enfant(seg.getMatchingProperty());
                    if (seg.getMatchingIndex() >= 0) {
                        if (n.indexes == null) {
                            n.indexes = new HashMap<>(4);
                        }
                        n.indexes.put(seg.getMatchingIndex(), suivant);
                    }
                    n = suivant;
                }
                n.pointeur = pointeur;
                restants++;
            }
        }

        /** Every target found, and every object or array among them read to its end. */
        boolean fini() {
            return restants == 0;
        }

        /** The parser stands on the first token of the value that {@code n} describes. */
        void visiter(JsonParser p, Noeud n) {
            JsonToken t = p.currentToken();
            boolean cible = n.pointeur != null;
            if (cible) {
                n.offset = p.currentTokenLocation().getByteOffset();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    n.nombre = p.getString();
                }
                trouves.add(n);
            }
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                restants -= cible ? 1 : 0;
                return;
            }
            if (t == JsonToken.START_OBJECT && n.proprietes != null) {
                while (!fini() && p.nextToken() == JsonToken.PROPERTY_NAME) {
                    Noeud enfant = n.proprietes.get(p.currentName());
                    p.nextToken();
                    if (enfant == null) {
                        p.skipChildren();
                    } else {
                        visiter(p, enfant);
                    }
                }
            } else if (t == JsonToken.START_ARRAY && n.indexes != null) {
                int index = 0;
                while (!fini() && p.nextToken() != JsonToken.END_ARRAY) {
                    Noeud enfant = n.indexes.get(index++);
                    if (enfant == null) {
                        p.skipChildren();
                    } else {
                        visiter(p, enfant);
                    }
                }
            } else {
                p.skipChildren();
            }
            if (cible) {
                n.fin = p.currentTokenLocation().getByteOffset();
                restants--;
            }
        }
    }
}
