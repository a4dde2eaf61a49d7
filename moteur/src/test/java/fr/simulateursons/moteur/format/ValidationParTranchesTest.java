package fr.simulateursons.moteur.format;

import fr.simulateursons.moteur.pack.Catalogues;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.PlanDeFormat;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.Pack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file validated in slices gives the errors of the file validated whole, at the same places; a schema whose
 * verdict on the demandes is not the sum of its verdicts on each is never sliced.
 */
class ValidationParTranchesTest {

    private static final int DEMANDES = 1_500;

    static Stream<Object[]> packsEtTypes() {
        return Stream.of(PlanDeFormat.VAGUE2, PlanDeFormat.ESSAI)
                .flatMap(p -> Stream.of("AVANCE", "SOLDE").map(t -> new Object[] {p, t}));
    }

    private static Pack format(PlanDeFormat plan) throws PackIncoherent {
        return Catalogues.charger(plan.format()).packs().get(0);
    }

    /** The pack's example with its first demande copied {@code DEMANDES} times. */
    private static ObjectNode grand(Pack format, String type) {
        ObjectNode doc = (ObjectNode) JsonStrict.MAPPER.readTree(format.type(type).exemple());
        ArrayNode demandes = (ArrayNode) format.demandes().lire(doc);
        JsonNode modele = demandes.get(0);
        demandes.removeAll();
        for (int i = 0; i < DEMANDES; i++) {
            demandes.add(modele.deepCopy());
        }
        return doc;
    }

    /** Faults of every kind the schema gives, in demandes drawn at random, and one outside the demandes. */
    private static void abimer(ObjectNode doc, Pack format, long graine) {
        Random r = new Random(graine);
        ArrayNode demandes = (ArrayNode) format.demandes().lire(doc);
        for (int k = 0; k < 60; k++) {
            ObjectNode d = (ObjectNode) demandes.get(r.nextInt(DEMANDES));
            List<JsonPointer> feuilles = new ArrayList<>();
            feuilles(d, JsonPointer.empty(), feuilles);
            JsonPointer f = feuilles.get(r.nextInt(feuilles.size()));
            ObjectNode parent = (ObjectNode) d.at(f.head());
            String nom = f.last().getMatchingProperty();
            switch (k % 4) {
                case 0 -> parent.remove(nom);
                case 1 -> parent.put(nom, true);
                case 2 -> parent.put(nom, "§" + r.nextInt(1000));
                default -> parent.put("inconnue" + k, 1);
            }
        }
        doc.put("enTrop", 1);
    }

    private static void feuilles(JsonNode n, JsonPointer ici, List<JsonPointer> f) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                feuilles(e.getValue(), ici.appendProperty(e.getKey()), f);
            }
        } else {
            f.add(ici);
        }
    }

    private static List<String> triees(List<Erreur> erreurs) {
        return erreurs.stream().map(e -> e.chemin() + " " + e.code() + " " + e.libelle())
                .sorted(Comparator.naturalOrder()).toList();
    }

    @ParameterizedTest
    @MethodSource("packsEtTypes")
    void enTranchesLesErreursSontCellesDuFichierEntier(PlanDeFormat plan, String type) throws PackIncoherent {
        Pack format = format(plan);
        Pack.ParType t = format.type(type);
        assertThat(ValidationParTranches.decoupable(t.schemaJson(), format.demandes().compile(), 256)).isTrue();
        for (long graine = 1; graine <= 3; graine++) {
            ObjectNode doc = grand(format, type);
            abimer(doc, format, graine);
            List<String> entier = triees(ViolationsSchema.traduire(t.schema().validate(doc)));

            for (int tranches : new int[] {2, 3, 5}) {
                assertThat(triees(ValidationParTranches.valider(doc, t, format.demandes(), tranches)))
                        .as("%s %s graine %d, %d tranches", plan.nom(), type, graine, tranches)
                        .isEqualTo(entier);
            }
            assertThat(entier).as("faults in the last slice, and outside the demandes")
                    .anyMatch(e -> e.startsWith(plan.demandes() + "/") && plan.indexDe(e.split(" ")[0]) > DEMANDES * 4 / 5)
                    .anyMatch(e -> !e.startsWith(plan.demandes() + "/"));
        }
    }

    @ParameterizedTest
    @MethodSource("packsEtTypes")
    void unSchemaQuiJugeLesDemandesEnsembleNEstPasDecoupe(PlanDeFormat plan, String type) throws PackIncoherent {
        Pack format = format(plan);
        JsonPointer chemin = format.demandes().compile();
        JsonNode schema = format.type(type).schemaJson();

        for (String mot : List.of("maxItems", "uniqueItems", "contains", "prefixItems")) {
            ObjectNode variante = (ObjectNode) schema.deepCopy();
            tableau(variante, chemin).put(mot, 1);
            assertThat(ValidationParTranches.decoupable(variante, chemin, 256)).as(mot).isFalse();
        }
        ObjectNode anyOf = (ObjectNode) schema.deepCopy();
        anyOf.putArray("anyOf").addObject().put("required", "x");
        assertThat(ValidationParTranches.decoupable(anyOf, chemin, 256)).isFalse();
        ObjectNode minItems = (ObjectNode) schema.deepCopy();
        tableau(minItems, chemin).put("minItems", 257);
        assertThat(ValidationParTranches.decoupable(minItems, chemin, 256)).isFalse();
        assertThat(ValidationParTranches.decoupable(minItems, chemin, 257)).isTrue();
    }

    /** The schema of the demandes array, declared under {@code properties} on the way. */
    private static ObjectNode tableau(ObjectNode schema, JsonPointer chemin) {
        JsonNode s = schema;
        for (JsonPointer seg = chemin; !seg.matches(); seg = seg.tail()) {
            s = s.path("properties").path(seg.getMatchingProperty());
            if (s.has("$ref")) {
                s = schema.at(s.get("$ref").asString().substring(1));
            }
        }
        return (ObjectNode) s;
    }
}
