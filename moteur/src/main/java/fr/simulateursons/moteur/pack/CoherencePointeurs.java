package fr.simulateursons.moteur.pack;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every pointer of the pack names a property its schemas declare (spec §6): {@code entete}, {@code demandes} and the
 * demande's in the schema of each type, {@code facture} and {@code attestation} in the SOLDE one. A property is
 * declared when a {@code properties} member names it ({@link NavigationSchema}). The demande's pointers start at
 * the {@code items} of the schema {@code demandes} names. Also: every value a schema allows for the prestation
 * has a plafond key.
 */
final class CoherencePointeurs {

    private CoherencePointeurs() {
    }

    static List<DefautPack> verifier(Pack format) {
        List<DefautPack> defauts = new ArrayList<>();
        for (Map.Entry<String, Pack.ParType> e : format.types().entrySet()) {
            String type = e.getKey();
            Pack.ParType t = e.getValue();
            JsonNode racine = t.schemaJson();
            for (Pointeur p : format.entete().tous()) {
                exiger(defauts, racine, List.of(racine), p, type, t);
            }
            List<JsonNode> demandes = exiger(defauts, racine, List.of(racine), format.demandes(), type, t);
            if (demandes.isEmpty()) {
                continue;
            }
            List<JsonNode> items = NavigationSchema.items(racine, demandes);
            if (items.isEmpty()) {
                defauts.add(new DefautPack(SourcePack.MANIFESTE + format.demandes().lieu(), "Le pointeur " + format.demandes().texte()
                        + " ne désigne pas un tableau dont le schéma " + type + " (" + t.fichierSchema()
                        + ") décrit les éléments (items)."));
                continue;
            }
            Manifeste.Demande d = format.demande();
            List<Pointeur> pointeurs = new ArrayList<>(d.textes());
            pointeurs.addAll(d.bonDeCommande().tous());
            if (type.equals("SOLDE")) {
                d.factureDecrite().ifPresent(f -> pointeurs.addAll(f.tous()));
                d.attestationDecrite().ifPresent(pointeurs::add);
            }
            for (Pointeur p : pointeurs) {
                List<JsonNode> trouves = exiger(defauts, racine, items, p, type, t);
                if (p == d.prestation()) {
                    prestations(defauts, racine, trouves, format, type);
                }
            }
        }
        return defauts;
    }

    /** The schemas of the property at {@code p}, or a fault when none declares it. */
    private static List<JsonNode> exiger(List<DefautPack> defauts, JsonNode racine, List<JsonNode> depuis, Pointeur p,
                                         String type, Pack.ParType t) {
        List<JsonNode> courants = depuis;
        for (JsonPointer seg = p.compile(); !seg.matches(); seg = seg.tail()) {
            String nom = seg.getMatchingProperty();
            List<JsonNode> suivants = NavigationSchema.proprietes(racine, courants).getOrDefault(nom, List.of());
            if (suivants.isEmpty()) {
                defauts.add(new DefautPack(SourcePack.MANIFESTE + p.lieu(), "Le pointeur " + p.texte()
                        + " ne désigne aucune propriété déclarée par le schéma " + type + " (" + t.fichierSchema()
                        + ") : " + nom + " n'y est pas déclarée."));
                return List.of();
            }
            courants = suivants;
        }
        return courants;
    }

    private static void prestations(List<DefautPack> defauts, JsonNode racine, List<JsonNode> schemas,
                                    Pack format, String type) {
        NavigationSchema.mot(racine, schemas, "enum").ifPresent(valeurs -> valeurs.forEach(v -> {
            if (v.isString() && format.clePlafond(v.asString()).isEmpty()) {
                defauts.add(new DefautPack(SourcePack.MANIFESTE + "/prestations", "La prestation " + v.asString()
                        + " que le schéma " + type + " admet n'a pas de clé de plafond dans prestations."));
            }
        }));
    }
}
