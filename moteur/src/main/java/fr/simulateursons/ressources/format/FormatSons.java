package fr.simulateursons.ressources.format;

import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coherent format pack, compiled (spec §6): the schema of each type de demande, the pointers where every rule
 * reads its inputs, the value forms and the prestation values. Immutable and thread-safe; built by
 * {@link ChargementFormat}, which keeps it for the process.
 *
 * @param chemin   where it was read from ({@code classpath:format-sons/vague2/}, a directory, an S3 prefix)
 * @param types    per type de demande ({@code AVANCE}, {@code SOLDE})
 * @param demandes the array of demandes, from the root
 * @param demande  relative to one item of that array
 */
public record FormatSons(String chemin, Manifeste manifeste, Map<String, ParType> types, FormeDate formeDate,
                         FormeMontant formeMontant, Entete entete, Pointeur demandes, Demande demande) {

    /** What the pack holds for one type de demande: its compiled schema, the schema's text, and its example. */
    public record ParType(String fichierSchema, Schema schema, JsonNode schemaJson, String fichierExemple,
                         byte[] exemple) {
    }

    public record Entete(Pointeur siret, Pointeur numeroReferencement, Pointeur dispositif) {

        public List<Pointeur> tous() {
            return List.of(siret, numeroReferencement, dispositif);
        }
    }

    /** A purchase order's or an invoice's pointers. */
    public record Montants(Pointeur date, Pointeur montantHT, Pointeur montantTVA, Pointeur montantTTC) {

        public List<Pointeur> tous() {
            return List.of(date, montantHT, montantTVA, montantTTC);
        }
    }

    /** {@code facture} and {@code attestation} are empty when the pack has none: the rules that read them are off. */
    public record Demande(Pointeur idDemande, Pointeur prestation, Pointeur finessJuridique,
                          Pointeur finessGeographique, Pointeur siret, Montants bonDeCommande,
                          Optional<Montants> facture, Optional<Pointeur> attestation) {

        /** The texts of a demande that the rules read (identifiers, prestation), in the manifest's order. */
        public List<Pointeur> textes() {
            return List.of(idDemande, prestation, finessJuridique, finessGeographique, siret);
        }
    }

    public String version() {
        return manifeste.version();
    }

    public ParType type(String typeDemande) {
        ParType t = types.get(typeDemande);
        if (t == null) {
            throw new IllegalArgumentException("type de demande absent du pack : " + typeDemande);
        }
        return t;
    }

    /** The plafond key of the dispositifs resource for a prestation value of the file, if the pack knows it. */
    public Optional<String> clePlafond(String prestation) {
        return Optional.ofNullable(manifeste.prestations().get(prestation));
    }
}
