package fr.simulateursons.moteur.cles;

/** The Luhn key (mod 10) used by SIREN, SIRET and FINESS numbers. */
final class Luhn {

    private Luhn() {
    }

    /** True when {@code chiffres} is all ASCII digits and passes Luhn. */
    static boolean valide(String chiffres) {
        if (chiffres.isEmpty()) {
            return false;
        }
        int somme = 0;
        boolean double_ = false;
        for (int i = chiffres.length() - 1; i >= 0; i--) {
            int c = chiffres.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return false;
            }
            if (double_) {
                c *= 2;
                if (c > 9) {
                    c -= 9;
                }
            }
            somme += c;
            double_ = !double_;
        }
        return somme % 10 == 0;
    }
}
