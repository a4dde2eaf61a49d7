package fr.simulateursons.moteur.cles;

/** FINESS key rule (spec §3.4): nine digits passing Luhn; Corsican numbers ({@code 2A}/{@code 2B}) on format alone. */
public final class Finess {

    private Finess() {
    }

    public static boolean valide(String finess) {
        if (finess.length() != 9) {
            return false;
        }
        if (finess.startsWith("2A") || finess.startsWith("2B")) {
            return finess.substring(2).chars().allMatch(c -> c >= '0' && c <= '9');
        }
        return Luhn.valide(finess);
    }
}
