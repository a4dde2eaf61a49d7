package fr.simulateursons.engine.demandes;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One demande of a file that holds its schema, read by the rules. Paths are relative to the demande
 * ({@code "bonDeCommande/montantHT"}); {@link #chemin} makes them JSON Pointers into the file.
 */
public final class Demande {

    /** The amounts of a purchase order or an invoice, checked alike by D07 and D08. */
    public record Montants(String bloc, BigDecimal ht, BigDecimal tva, BigDecimal ttc) {
    }

    private final int index;
    private final JsonNode noeud;

    public Demande(int index, JsonNode noeud) {
        this.index = index;
        this.noeud = noeud;
    }

    public int index() {
        return index;
    }

    public String chemin(String relatif) {
        return "/demandes/" + index + "/" + relatif;
    }

    public String texte(String relatif) {
        return noeud.at("/" + relatif).asString();
    }

    public BigDecimal montant(String relatif) {
        return noeud.at("/" + relatif).decimalValue();
    }

    public LocalDate date(String relatif) {
        return LocalDate.parse(texte(relatif));
    }

    /** Whether the demande carries that block (facture and attestation exist in SOLDE files only). */
    public boolean a(String bloc) {
        return noeud.has(bloc);
    }

    /** The purchase order's amounts, then the invoice's when there is one. */
    public List<Montants> montants() {
        List<Montants> blocs = new ArrayList<>(2);
        for (String bloc : List.of("bonDeCommande", "facture")) {
            if (a(bloc)) {
                blocs.add(new Montants(bloc, montant(bloc + "/montantHT"), montant(bloc + "/montantTVA"),
                        montant(bloc + "/montantTTC")));
            }
        }
        return blocs;
    }
}
