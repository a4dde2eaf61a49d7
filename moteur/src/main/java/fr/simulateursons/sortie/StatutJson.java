package fr.simulateursons.sortie;

import fr.simulateursons.engine.Erreur;
import fr.simulateursons.json.JsonStrict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The status as JSON, keys in the spec's order; a field without value is {@code null}, never absent
 * (but {@code ligne}/{@code colonne}, which only F02 has).
 */
public final class StatutJson {

    private StatutJson() {
    }

    public static ObjectNode json(Statut s) {
        ObjectNode o = JsonStrict.MAPPER.createObjectNode();
        o.put("simulationId", s.simulationId());
        o.put("etat", s.etat().name());
        o.put("etape", s.etape() == null ? null : s.etape().name());
        o.put("message", s.message());
        ArrayNode erreurs = o.putArray("erreurs");
        for (Erreur e : s.erreurs()) {
            ObjectNode j = erreurs.addObject();
            j.put("code", e.code().name());
            j.put("libelle", e.libelle());
            j.put("chemin", e.chemin());
            if (e.ligne() != null) {
                j.put("ligne", e.ligne());
                j.put("colonne", e.colonne());
            }
        }
        if (s.synthese() == null) {
            o.putNull("synthese");
        } else {
            o.putObject("synthese")
                    .put("demandes", s.synthese().demandes())
                    .put("demandesEnAnomalie", s.synthese().demandesEnAnomalie());
        }
        o.putObject("parametres")
                .put("numeroAns", s.parametres().numeroAns())
                .put("typeDemande", s.parametres().typeDemande())
                .put("tauxTva", s.parametres().tauxTva());
        if (s.entree() == null) {
            o.putNull("entree");
        } else {
            o.putObject("entree")
                    .put("cle", s.entree().cle())
                    .put("versionId", s.entree().versionId())
                    .put("etag", s.entree().etag())
                    .put("taille", s.entree().taille());
        }
        o.put("sortie", s.sortie());
        o.put("referentiel", s.referentiel());
        o.put("debut", s.debut() == null ? null : s.debut().toString());
        o.put("fin", s.fin() == null ? null : s.fin().toString());
        return o;
    }

    public static String texte(Statut s) {
        return JsonStrict.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(s));
    }
}
