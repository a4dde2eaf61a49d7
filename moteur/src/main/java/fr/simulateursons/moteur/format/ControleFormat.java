package fr.simulateursons.moteur.format;

import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.demandes.Demande;
import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.pack.Pack;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage FORMAT: the pack's schema of the type de demande (S01–S06) with the read check of its values, every
 * error in document order; only when both hold, the header against the référentiel (E01–E04).
 */
public final class ControleFormat {

    /** Either the errors of the stage, or the demandes read for DEMANDES. */
    public record Controle(List<Erreur> erreurs, List<Demande> demandes) {
    }

    private ControleFormat() {
    }

    public static Controle controler(JsonNode document, Pack format, ParametresValides parametres) {
        List<Erreur> schema = ValidationParTranches.valider(document, format.type(parametres.typeDemande().name()),
                format.demandes());
        Set<String> dejaSignales = new HashSet<>();
        schema.forEach(e -> dejaSignales.add(e.chemin()));
        LectureDocument.Lu lu = LectureDocument.lire(document, format, parametres.typeDemande(), dejaSignales);
        if (schema.isEmpty() && lu.erreurs().isEmpty()) {
            List<Erreur> entete = ControleEntete.controler(lu.entete(), parametres);
            return new Controle(entete, entete.isEmpty() ? lu.demandes() : List.of());
        }
        // One error per (code, chemin): a value the schema and the read check both refuse is reported once.
        Map<String, Erreur> uniques = new LinkedHashMap<>();
        List<Erreur> toutes = new ArrayList<>(schema);
        toutes.addAll(lu.erreurs());
        for (Erreur e : toutes) {
            uniques.putIfAbsent(e.code() + e.chemin(), e);
        }
        return new Controle(OrdreDocument.trier(List.copyOf(uniques.values()), document), List.of());
    }
}
