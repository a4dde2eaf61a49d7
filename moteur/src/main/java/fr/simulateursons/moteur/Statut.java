package fr.simulateursons.moteur;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.ObjectWriter;

import java.time.Instant;
import java.util.List;

/**
 * The status object of spec §4, field for field and in its order, and its one JSON binding ({@link #json()},
 * {@link #lire}). A field without value is {@code null}, never absent. Read back, what a status is embedded in (the
 * API's answer adds its totals and links) is left aside.
 *
 * @param referentiel the version of the référentiel used
 * @param format      the version of the format pack used
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"simulationId", "etat", "etape", "message", "erreurs", "synthese", "parametres", "entree",
        "sortie", "referentiel", "format", "debut", "fin"})
public record Statut(String simulationId, Etat etat, Etape etape, String message, List<Erreur> erreurs,
                     Resultat.Synthese synthese, ParametresLus parametres, Entree entree, String sortie,
                     String referentiel, String format, Instant debut, Instant fin) {

    private static final ObjectWriter INDENTE = JsonStrict.MAPPER.writerWithDefaultPrettyPrinter();

    /** The input as the status names it: the S3 key (or the CLI's path), its version and ETag when S3 has them. */
    public record Entree(String cle, String versionId, String etag, Long taille) {
    }

    /** What clients read while the simulation runs: written first, replaced by the final status. */
    public static Statut enCours(String simulationId, Entree entree, Instant debut) {
        return new Statut(simulationId, Etat.EN_COURS, null, Messages.EN_COURS, List.of(), null,
                ParametresLus.AUCUN, entree, null, null, null, debut, null);
    }

    /** The API's status of a simulation created but not uploaded yet. */
    public static Statut enAttente(String simulationId, ParametresLus parametres, Entree entree) {
        return new Statut(simulationId, Etat.EN_ATTENTE, null, Messages.EN_ATTENTE, List.of(), null, parametres, entree,
                null, null, null, null, null);
    }

    /** The final status of a simulation; {@code sortie} is where the adapter wrote the annotated file, if it did. */
    public static Statut de(String simulationId, Resultat r, Entree entree, String sortie, Instant debut, Instant fin) {
        return new Statut(simulationId, r.etat(), r.etape(), r.message(), r.erreurs(), r.synthese().orElse(null),
                r.parametres(), entree, sortie, r.versions().referentiel(), r.versions().format(), debut, fin);
    }

    /** Indented, as the CLI prints it and the pipeline stores it. */
    public String json() {
        return INDENTE.writeValueAsString(this);
    }

    public static Statut lire(byte[] json) {
        return JsonStrict.MAPPER.readValue(json, Statut.class);
    }
}
