package fr.simulateursons.api;

import fr.simulateursons.engine.Erreur;
import fr.simulateursons.json.JsonStrict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The API's own errors, as JSON {@code {"code", "message", "erreurs"}}; a parameter refused by the engine's
 * P-rules, or a size over 4 Mo, is answered with the spec's code and message instead.
 */
public enum ErreurApi {
    CORPS_INVALIDE(400, "Le corps de la requête doit être un objet JSON : {\"numeroAns\", \"typeDemande\", \"tauxTva\", \"taille\"}."),
    TAILLE_INVALIDE(400, "Le champ taille est obligatoire : la taille du fichier en octets, un nombre entier positif."),
    PARAMETRES(400, "Les paramètres de la simulation sont refusés."),
    CLE_API(401, "Une clé d'API valide est requise (en-tête x-api-key)."),
    SIMULATION_INCONNUE(404, "Aucune simulation ne porte cet identifiant."),
    ADRESSE_INCONNUE(404, "Cette adresse n'existe pas."),
    METHODE_NON_PERMISE(405, "Cette méthode n'est pas permise à cette adresse."),
    ERREUR_INTERNE(500, "Une erreur technique est survenue ; la demande n'a pas pu aboutir.");

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
        return reponse(name(), message, List.of());
    }

    /** The first spec error gives code and message; all of them are listed. */
    public ReponseHttp reponse(List<Erreur> erreurs) {
        return reponse(erreurs.get(0).code().name(), erreurs.get(0).libelle(), erreurs);
    }

    private ReponseHttp reponse(String code, String texte, List<Erreur> erreurs) {
        ObjectNode o = JsonStrict.MAPPER.createObjectNode();
        o.put("code", code);
        o.put("message", texte);
        ArrayNode liste = o.putArray("erreurs");
        for (Erreur e : erreurs) {
            liste.addObject().put("code", e.code().name()).put("libelle", e.libelle()).put("chemin", e.chemin());
        }
        return ReponseHttp.json(statut, o);
    }
}
