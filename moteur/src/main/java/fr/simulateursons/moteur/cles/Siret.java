package fr.simulateursons.moteur.cles;

/** SIRET key rule (spec §3.4), with La Poste's exception. */
public final class Siret {

    /** La Poste's establishments outnumber what a Luhn key allows: INSEE keys them by the sum of their digits. */
    private static final String SIREN_LA_POSTE = "356000000";

    private Siret() {
    }

    public static boolean valide(String siret) {
        if (siret.length() != 14 || !siret.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Luhn.valide(siret)
                || siret.startsWith(SIREN_LA_POSTE) && siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }
}
