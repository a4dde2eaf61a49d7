package fr.simulateursons.moteur.demandes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How {@code attendu} writes the right value, whatever the pack's forms: an amount with two decimals and a dot
 * ({@code 19753.09}), a date as {@code AAAA-MM-JJ} — one writing a program can compare, in every pack.
 */
final class Attendu {

    private Attendu() {
    }

    static String montant(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String date(LocalDate d) {
        return d.toString();
    }
}
