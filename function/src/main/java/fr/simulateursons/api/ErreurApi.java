package fr.simulateursons.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Erreur;

import java.util.List;

/**
 * The API's own errors, as JSON {@code {"code", "message", "erreurs"}}; a parameter refused by the engine's
 * P-rules, or a size over 4 Mo, is answered with the spec's code and message instead.
 */
public enum ErreurApi {
    REQUETE_ILLISIBLE(400, "La requête HTTP ne peut pas être lue : sa ligne de requête ou ses en-têtes sont mal formés."),
    CORPS_INVALIDE(400, "Le corps de la requête doit être un objet JSON : {\"numeroAns\", \"typeDemande\", \"tauxTva\", \"taille\", \"dateDepot\" (facultatif)}."),
    TAILLE_INVALIDE(400, "Le champ taille est obligatoire : la taille du fichier en octets, un nombre entier positif."),
    PARAMETRES(400, "Les paramètres de la simulation sont refusés."),
    CLE_API(401, "Une clé d'API valide est requise (en-tête x-api-key)."),
    SIMULATION_INCONNUE(404, "Aucune simulation ne porte cet identifiant."),
    ADRESSE_INCONNUE(404, "Cette adresse n'existe pas."),
    METHODE_NON_PERMISE(405, "Cette méthode n'est pas permise à cette adresse."),
    CORPS_TROP_GRAND(413, "Le corps de la requête dépasse 64 Kio : il ne porte que les paramètres, le fichier va dans S3."),
    ERREUR_INTERNE(500, "Une erreur technique est survenue ; la demande n'a pas pu aboutir.");

    /** The body of every error answer. */
    @JsonPropertyOrder({"code", "message", "erreurs"})
    record Corps(String code, String message, List<Erreur> erreurs) {
    }

    private final int statut;
    private final String message;

    ErreurApi(int statut, String message) {
        this.statut = statut;
        this.message = message;
    }

    public int statut() {
        return statut;
    }

    public String message() {
        return message;
    }

    public ReponseHttp reponse() {
        return ReponseHttp.json(statut, new Corps(name(), message, List.of()));
    }

    /** The first spec error gives code and message; all of them are listed. */
    public ReponseHttp reponse(List<Erreur> erreurs) {
        return ReponseHttp.json(statut, new Corps(erreurs.get(0).code().name(), erreurs.get(0).libelle(), erreurs));
    }
}
