package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.ressources.Dispositif;
import fr.simulateursons.moteur.ressources.Eligibilite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules compare a demande with, and how they write what they expect: in the file's own form (spec §4), so
 * that a vendor pastes an {@code attendu} as it is — an amount with two decimals, in a text pack with the decimal
 * mark the file's value uses; a date in the pack's date form. The values a message takes from the resources (the
 * plafond, the deadline) are written the same way.
 *
 * @param plafonds    the plafond HT of each prestation value of the file, through the pack's {@code prestations}
 * @param jourDeDepot the day of the date de dépôt, in Europe/Paris: "today" for D09 and D13
 * @param demandes    the file's demandes: where an amount has no decimal mark, the others tell the file's
 */
public record Contexte(ParametresValides parametres, Dispositif dispositif, Map<String, BigDecimal> plafonds,
                       Optional<Eligibilite> eligibilite, LocalDate jourDeDepot, List<Demande> demandes) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public BigDecimal plafond(String prestation) {
        return plafonds.get(prestation);
    }

    /** The TVA that the HT and the rate give: round-half-up to the cent (D07, and D08's reference). */
    BigDecimal tva(BigDecimal ht) {
        // A hundredth is a shift of the decimal point: exact, where divide() searches for the quotient's scale.
        BigDecimal tva = ht.multiply(parametres.tauxTva().pourcentage()).movePointLeft(2);
        return tva.scale() > 2 ? tva.setScale(2, RoundingMode.HALF_UP) : tva;
    }

    /**
     * An amount as the file would write it at {@code ou}: two decimals, and the decimal mark of the value there; where
     * that value has none ({@code "1000"}), the mark of the demande's other amounts, else of the file's.
     */
    String montant(BigDecimal montant, Valeur<?> ou, Demande demande) {
        Boolean virgule = virgule(ou);
        if (virgule == null) {
            virgule = virgule(demande);
        }
        for (int i = 0; virgule == null && i < demandes.size(); i++) {
            virgule = virgule(demandes.get(i));
        }
        return parametres.pack().formeMontant().ecrire(montant, Boolean.TRUE.equals(virgule));
    }

    /** The decimal mark of a demande's amounts: the first that has one. */
    private static Boolean virgule(Demande demande) {
        for (Demande.Bloc b : demande.blocs()) {
            for (Valeur<BigDecimal> v : List.of(b.ht(), b.tva(), b.ttc())) {
                Boolean virgule = virgule(v);
                if (virgule != null) {
                    return virgule;
                }
            }
        }
        return null;
    }

    /** Whether a value writes its decimals after a comma; null when it has no decimals. */
    private static Boolean virgule(Valeur<?> v) {
        String t = v.texte();
        return t.indexOf(',') >= 0 ? Boolean.TRUE : t.indexOf('.') >= 0 ? Boolean.FALSE : null;
    }

    /** The dispositif's deadline for avances, its day in Europe/Paris (D10). */
    LocalDate dateLimite() {
        return dispositif.dateLimiteAvance().atZoneSameInstant(PARIS).toLocalDate();
    }

    /**
     * The purchase order's date as D09 and D10 would leave it (capped by the day of dépôt and the deadline): what D11
     * and D13 expect, so that applying every {@code attendu} at once does not move a date to one that is wrong next.
     */
    LocalDate signatureAttendue(Demande demande) {
        LocalDate s = demande.bonDeCommande().date().valeur();
        s = s.isAfter(jourDeDepot) ? jourDeDepot : s;
        return s.isAfter(dateLimite()) ? dateLimite() : s;
    }

    /** The purchase order's HT as D06 would leave it: what D12 expects of the invoice, for the same reason. */
    BigDecimal htAttendu(Demande demande) {
        BigDecimal ht = demande.bonDeCommande().ht().valeur();
        BigDecimal plafond = plafond(demande.prestation().valeur());
        return ht.signum() <= 0 || ht.compareTo(plafond) > 0 ? plafond : ht;
    }

    /** A day in the pack's date form. */
    String date(LocalDate jour) {
        return parametres.pack().formeDate().ecrire(jour);
    }
}
