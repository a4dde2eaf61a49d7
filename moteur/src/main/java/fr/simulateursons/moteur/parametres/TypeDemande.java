package fr.simulateursons.moteur.parametres;

import java.util.Locale;
import java.util.Optional;

public enum TypeDemande {
    AVANCE, SOLDE;

    /** Case-insensitive, surrounding blanks ignored (spec §1). */
    public static Optional<TypeDemande> lire(String valeur) {
        String v = valeur.strip().toUpperCase(Locale.ROOT);
        for (TypeDemande t : values()) {
            if (t.name().equals(v)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
