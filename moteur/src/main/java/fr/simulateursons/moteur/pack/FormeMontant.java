package fr.simulateursons.moteur.pack;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the pack writes an amount (spec §6): a JSON number, or a JSON string of digits with {@code ,} or {@code .}
 * before at most two decimals. Either way an amount is an exact decimal, not negative, with at most two decimals
 * and at most {@link #MAXIMUM}: beyond, no real amount, and a value whose digits would cost memory to expand.
 */
public enum FormeMontant {
    NOMBRE("nombre"),
    TEXTE("texte");

    /** The largest amount of the format: twelve digits of euros. */
    public static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

    private static final Pattern TEXTE_MONTANT = Pattern.compile("[0-9]{1,12}([.,][0-9]{1,2})?");

    private final String nom;

    FormeMontant(String nom) {
        this.nom = nom;
    }

    @JsonValue
    public String nom() {
        return nom;
    }


    /**
     * An amount written in this form, with two decimals: a JSON number's text ({@code 19753.09}), or, for a text
     * amount, with the decimal mark the file uses ({@code 19753,09}). The caller writes it as the file writes amounts
     * (a number, or a string).
     *
     * @param virgule whether the file writes this amount with a decimal comma (text amounts only)
     */
    public String ecrire(BigDecimal montant, boolean virgule) {
        String t = montant.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return this == TEXTE && virgule ? t.replace('.', ',') : t;
    }

    /** The amount, when the node is one in this form. */
    public Optional<BigDecimal> lire(JsonNode n) {
        BigDecimal v;
        if (this == NOMBRE) {
            if (!n.isNumber()) {
                return Optional.empty();
            }
            v = n.decimalValue();
        } else {
            if (!n.isString() || !TEXTE_MONTANT.matcher(n.asString()).matches()) {
                return Optional.empty();
            }
            v = new BigDecimal(n.asString().replace(',', '.'));
        }
        // The bound first: it is cheap on any value, and it keeps a huge exponent from being expanded below; most
        // amounts have at most two decimals written, and need no stripping of trailing zeros.
        if (v.signum() < 0 || v.compareTo(MAXIMUM) > 0 || v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
