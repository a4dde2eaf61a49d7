package fr.simulateursons.engine.demandes;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One demande of a file that holds its schema, its fields read once for all the rules. {@link #chemin} makes a
 * path relative to the demande ({@code "bonDeCommande/montantHT"}) a JSON Pointer into the file.
 */
public record Demande(int index, String idDemande, String prestation, Beneficiaire beneficiaire, Bloc bonDeCommande,
                     Optional<Bloc> facture, Optional<Attestation> attestation) {

    public record Beneficiaire(String finessJuridique, String finessGeographique, String siret) {
    }

    /**
     * A purchase order or an invoice: the amounts that D07 and D08 check alike.
     *
     * @param nom  {@code bonDeCommande} or {@code facture}, the start of its paths
     * @param date {@code dateSignature} of a purchase order, {@code date} of an invoice
     */
    public record Bloc(String nom, LocalDate date, String texteDate, BigDecimal ht, BigDecimal tva, BigDecimal ttc) {
    }

    public record Attestation(LocalDate date, String texteDate) {
    }

    public static Demande lire(int index, JsonNode n) {
        JsonNode b = n.get("beneficiaire");
        return new Demande(index, n.get("idDemande").asString(), n.get("prestation").asString(),
                new Beneficiaire(b.get("finessJuridique").asString(), b.get("finessGeographique").asString(),
                        b.get("siret").asString()),
                bloc("bonDeCommande", n.get("bonDeCommande"), "dateSignature"),
                Optional.ofNullable(n.get("facture")).map(f -> bloc("facture", f, "date")),
                Optional.ofNullable(n.get("attestation")).map(a -> new Attestation(date(a.get("date").asString()),
                        a.get("date").asString())));
    }

    private static Bloc bloc(String nom, JsonNode n, String champDate) {
        String texte = n.get(champDate).asString();
        return new Bloc(nom, date(texte), texte, n.get("montantHT").decimalValue(), n.get("montantTVA").decimalValue(),
                n.get("montantTTC").decimalValue());
    }

    /** The schema has checked {@code AAAA-MM-JJ} and the calendar; reading the digits is far cheaper than a formatter. */
    private static LocalDate date(String t) {
        return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
    }

    public String chemin(String relatif) {
        return "/demandes/" + index + "/" + relatif;
    }

    /** The purchase order, then the invoice when there is one. */
    public List<Bloc> blocs() {
        return facture.map(f -> List.of(bonDeCommande, f)).orElse(List.of(bonDeCommande));
    }
}
