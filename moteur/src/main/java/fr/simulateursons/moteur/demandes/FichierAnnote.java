package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.ObjectWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The fichier de sortie: the input's own bytes with an {@code anomalies} property written just before the
 * closing brace of each demande in anomaly. Nothing is re-serialised, so every value keeps its text
 * ({@code 100.10}, 30-digit integers) and every key its place; the insertion follows the input's layout.
 */
public final class FichierAnnote {

    private FichierAnnote() {
    }

    /**
     * @param fermetures byte offset of the closing brace of each demande in anomaly
     * @param anomalies  by index of demande, each list non-empty; the input has passed the FORMAT stage
     */
    public static byte[] annoter(byte[] entree, Map<Integer, Integer> fermetures, Map<Integer, List<Erreur>> anomalies) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream(entree.length + 256 * anomalies.size());
        int copie = 0;
        for (Map.Entry<Integer, List<Erreur>> e : anomalies.entrySet()) {
            int accolade = fermetures.get(e.getKey());
            int finDernierMembre = accolade - 1;
            while (blanc(entree[finDernierMembre])) {
                finDernierMembre--;
            }
            sortie.write(entree, copie, finDernierMembre + 1 - copie);
            sortie.writeBytes(insertion(entree, finDernierMembre, accolade, e.getValue()));
            copie = finDernierMembre + 1;
        }
        sortie.write(entree, copie, entree.length - copie);
        return sortie.toByteArray();
    }

    /**
     * {@code ,"anomalies":[…]} on one line for a compact demande; for an indented one, on its own lines,
     * indented like the demande's last member and with the input's line ending.
     */
    private static byte[] insertion(byte[] entree, int finDernierMembre, int accolade, List<Erreur> erreurs) {
        String separateurs = new String(entree, finDernierMembre + 1, accolade - finDernierMembre - 1,
                StandardCharsets.UTF_8);
        int nl = separateurs.indexOf('\n');
        StringBuilder s = new StringBuilder(",");
        if (nl < 0) {
            s.append("\"anomalies\":[");
            for (int i = 0; i < erreurs.size(); i++) {
                s.append(i == 0 ? "" : ",");
                objet(s, erreurs.get(i), true);
            }
            return s.append(']').toString().getBytes(StandardCharsets.UTF_8);
        }
        String finDeLigne = nl > 0 && separateurs.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
        String retrait = retraitDeLaLigne(entree, finDernierMembre);
        s.append(finDeLigne).append(retrait).append("\"anomalies\": [");
        for (int i = 0; i < erreurs.size(); i++) {
            s.append(i == 0 ? "" : ",").append(finDeLigne).append(retrait).append("  ");
            objet(s, erreurs.get(i), false);
        }
        return s.append(finDeLigne).append(retrait).append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One anomaly as Jackson writes an {@link Erreur}: compact, or on one line with a space after : and ,. */
    private static void objet(StringBuilder s, Erreur a, boolean compact) {
        s.append((compact ? COMPACT : UNE_LIGNE).writeValueAsString(a));
    }

    private static final ObjectWriter COMPACT = JsonStrict.MAPPER.writer();
    private static final ObjectWriter UNE_LIGNE = JsonStrict.MAPPER.writer().with(new UneLigne());

    /** {@code {"code": "D07", "libelle": "…"}}: as readable as an indented file, one anomaly a line. */
    private static final class UneLigne extends MinimalPrettyPrinter {
        UneLigne() {
            super("");
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }
    }

    private static String retraitDeLaLigne(byte[] entree, int position) {
        int debut = position;
        while (debut > 0 && entree[debut - 1] != '\n' && entree[debut - 1] != '\r') {
            debut--;
        }
        int fin = debut;
        while (fin < position && (entree[fin] == ' ' || entree[fin] == '\t')) {
            fin++;
        }
        return new String(entree, debut, fin - debut, StandardCharsets.US_ASCII);
    }

    private static boolean blanc(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
