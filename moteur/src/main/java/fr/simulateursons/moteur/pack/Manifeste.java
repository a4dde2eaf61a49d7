package fr.simulateursons.moteur.pack;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code format.json} as Jackson binds it, once it matches its published schema
 * ({@code schemas/ressources/format-sons.schema.json}).
 *
 * @param schemas     one JSON Schema 2020-12 per type de demande ({@code AVANCE}, {@code SOLDE}), relative to the pack
 * @param exemples    one valid example per type de demande, relative to the pack
 * @param demandes    the array of demandes, from the document's root
 * @param demande     pointers relative to one item of that array
 * @param prestations each prestation value a file may carry → the plafond key of the dispositifs resource
 * @param enVigueur   when the pack is the format in force; null: always
 */
public record Manifeste(String version, String description, Map<String, String> schemas, Map<String, String> exemples,
                        Valeurs valeurs, Entete entete, Pointeur demandes, Demande demande,
                        Map<String, String> prestations, EnVigueur enVigueur) {

    /** From {@code du} included to {@code au} excluded; {@code au} null: open-ended. */
    public record EnVigueur(OffsetDateTime du, OffsetDateTime au) {

        public static final EnVigueur TOUJOURS = new EnVigueur(null, null);

        public boolean contient(Instant t) {
            return (du == null || !t.isBefore(du.toInstant())) && (au == null || t.isBefore(au.toInstant()));
        }

        /** Whether some instant is in both periods. */
        public boolean chevauche(EnVigueur autre) {
            return (au == null || autre.du == null || autre.du.toInstant().isBefore(au.toInstant()))
                    && (autre.au == null || du == null || du.toInstant().isBefore(autre.au.toInstant()));
        }
    }

    /** When the pack is in force: always, for a manifest without {@code enVigueur}. */
    public EnVigueur periode() {
        return enVigueur == null ? EnVigueur.TOUJOURS : enVigueur;
    }

    /** How dates and amounts are written. */
    public record Valeurs(FormeDate date, FormeMontant montant) {
    }

    public record Entete(Pointeur siret, Pointeur numeroReferencement, Pointeur dispositif) {

        public List<Pointeur> tous() {
            return List.of(siret, numeroReferencement, dispositif);
        }
    }

    /**
     * {@code facture} and {@code attestation} may be absent from a pack: the rules that read them are then off
     * ({@link #factureDecrite()}, {@link #attestationDecrite()}).
     */
    public record Demande(Pointeur idDemande, Pointeur prestation, Pointeur finessJuridique,
                          Pointeur finessGeographique, Pointeur siret, Montants bonDeCommande, Montants facture,
                          Attestation attestation) {

        /** The texts the rules read (identifiers, prestation), in the manifest's order. */
        public List<Pointeur> textes() {
            return List.of(idDemande, prestation, finessJuridique, finessGeographique, siret);
        }

        public Optional<Montants> factureDecrite() {
            return Optional.ofNullable(facture);
        }

        public Optional<Pointeur> attestationDecrite() {
            return Optional.ofNullable(attestation).map(Attestation::date);
        }
    }

    /** A purchase order or an invoice: its date and its three amounts. */
    public record Montants(Pointeur date, Pointeur montantHT, Pointeur montantTVA, Pointeur montantTTC) {

        public List<Pointeur> tous() {
            return List.of(date, montantHT, montantTVA, montantTTC);
        }
    }

    public record Attestation(Pointeur date) {
    }
}
