package fr.simulateursons.moteur.pack;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** How the pack writes a date (spec §6): a JSON string in one of two forms, a real calendar day. */
public enum FormeDate {
    AAAA_MM_JJ("AAAA-MM-JJ", 0, 5, 8, '-'),
    JJ_MM_AAAA("JJ/MM/AAAA", 6, 3, 0, '/');

    private final String nom;
    private final int annee;
    private final int mois;
    private final int jour;
    private final char separateur;

    FormeDate(String nom, int annee, int mois, int jour, char separateur) {
        this.nom = nom;
        this.annee = annee;
        this.mois = mois;
        this.jour = jour;
        this.separateur = separateur;
    }

    /** As the manifest names it. */
    @JsonValue
    public String nom() {
        return nom;
    }


    /** The day written in this form: what a vendor pastes into its file. */
    public String ecrire(LocalDate jour) {
        String a = String.format("%04d", jour.getYear());
        String m = String.format("%02d", jour.getMonthValue());
        String j = String.format("%02d", jour.getDayOfMonth());
        return this == AAAA_MM_JJ ? a + "-" + m + "-" + j : j + "/" + m + "/" + a;
    }

    /** The day, when the node is a string of this form naming a real calendar day. */
    public Optional<LocalDate> lire(JsonNode n) {
        if (!n.isString()) {
            return Optional.empty();
        }
        String t = n.asString();
        if (t.length() != 10) {
            return Optional.empty();
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            boolean attendu = nom.charAt(i) == separateur ? c == separateur : c >= '0' && c <= '9';
            if (!attendu) {
                return Optional.empty();
            }
        }
        try {
            // Reading the digits is far cheaper than a formatter, and LocalDate.of checks the calendar.
            return Optional.of(LocalDate.of(Integer.parseInt(t, annee, annee + 4, 10),
                    Integer.parseInt(t, mois, mois + 2, 10), Integer.parseInt(t, jour, jour + 2, 10)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
