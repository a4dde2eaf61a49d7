package fr.simulateursons.moteur.demandes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One demande of a file that passed FORMAT, its fields read once, through the format pack, for all the rules.
 *
 * @param facture     SOLDE only, when the pack maps an invoice
 * @param attestation SOLDE only, when the pack maps an attestation: its date
 */
public record Demande(int index, Valeur<String> idDemande, Valeur<String> prestation,
                      Valeur<String> finessJuridique, Valeur<String> finessGeographique, Valeur<String> siret,
                      Bloc bonDeCommande, Optional<Bloc> facture, Optional<Valeur<LocalDate>> attestation) {

    /** A purchase order or an invoice: a date and the amounts that D07 and D08 check alike. */
    public record Bloc(Valeur<LocalDate> date, Valeur<BigDecimal> ht, Valeur<BigDecimal> tva,
                       Valeur<BigDecimal> ttc) {
    }

    /** The purchase order, then the invoice when there is one. */
    public List<Bloc> blocs() {
        return facture.map(f -> List.of(bonDeCommande, f)).orElse(List.of(bonDeCommande));
    }
}
