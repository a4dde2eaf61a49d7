package fr.simulateursons.ressources.format;

import java.util.Map;

/**
 * {@code format.json} as Jackson binds it, once it matches its published schema
 * ({@code schemas/ressources/format-sons.schema.json}). Pointers are JSON Pointers, kept as text here.
 *
 * @param schemas     one JSON Schema 2020-12 per type de demande ({@code AVANCE}, {@code SOLDE}), relative to the pack
 * @param exemples    one valid example per type de demande, relative to the pack
 * @param demandes    the array of demandes, from the document's root
 * @param prestations each prestation value a file may carry → the plafond key of the dispositifs resource
 */
public record Manifeste(String version, String description, Map<String, String> schemas, Map<String, String> exemples,
                        Valeurs valeurs, Entete entete, String demandes, PointeursDemande demande,
                        Map<String, String> prestations) {

    /** {@code date}: {@code AAAA-MM-JJ} or {@code JJ/MM/AAAA}; {@code montant}: {@code nombre} or {@code texte}. */
    public record Valeurs(String date, String montant) {
    }

    public record Entete(String siret, String numeroReferencement, String dispositif) {
    }

    /** Pointers relative to one item of the demandes array; {@code facture} and {@code attestation} may be absent. */
    public record PointeursDemande(String idDemande, String prestation, String finessJuridique,
                                   String finessGeographique, String siret, Montants bonDeCommande, Montants facture,
                                   Attestation attestation) {
    }

    /** A purchase order or an invoice: its date and its three amounts. */
    public record Montants(String date, String montantHT, String montantTVA, String montantTTC) {
    }

    public record Attestation(String date) {
    }
}
