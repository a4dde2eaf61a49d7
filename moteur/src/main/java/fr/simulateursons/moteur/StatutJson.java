package fr.simulateursons.moteur;

import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.ObjectWriter;

/** The status as JSON text, and back: the one binding of {@link Statut}. */
public final class StatutJson {

    private static final ObjectWriter INDENTE = JsonStrict.MAPPER.writerWithDefaultPrettyPrinter();

    private StatutJson() {
    }

    /** Indented, as the CLI prints it and the pipeline stores it. */
    public static String texte(Statut s) {
        return INDENTE.writeValueAsString(s);
    }

    public static Statut lire(byte[] json) {
        return JsonStrict.MAPPER.readValue(json, Statut.class);
    }
}
