package fr.simulateursons.moteur.parametres;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The supplier's TVA rate, in %, one of the rates the portal offers. */
public record TauxTva(BigDecimal pourcentage) {

    private static final List<BigDecimal> TAUX_ADMIS = List.of(
            new BigDecimal("0"), new BigDecimal("2.1"), new BigDecimal("5.5"),
            new BigDecimal("8.5"), new BigDecimal("10"), new BigDecimal("20"));

    /** Compiled once: simuler-lot reads a rate per file. */
    private static final Pattern ECRITURE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,4})?");

    /**
     * Accepts {@code .} or {@code ,} as decimal mark and any writing of an admitted rate
     * ({@code 20}, {@code 20.0}, {@code 20,00}): a vendor's form or script should not fail on a trailing zero.
     */
    public static Optional<TauxTva> lire(String valeur) {
        String v = valeur.strip().replace(',', '.');
        if (!ECRITURE.matcher(v).matches()) {
            return Optional.empty();
        }
        BigDecimal lu = new BigDecimal(v);
        return TAUX_ADMIS.stream().filter(t -> t.compareTo(lu) == 0).findFirst().map(TauxTva::new);
    }

    /** The rate as the spec writes it: {@code 20}, {@code 5.5}. */
    public String texte() {
        return pourcentage.toPlainString();
    }
}
