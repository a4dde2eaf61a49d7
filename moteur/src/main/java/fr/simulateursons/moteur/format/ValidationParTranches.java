package fr.simulateursons.moteur.format;

import com.networknt.schema.Schema;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.annulation.Annulation;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.pack.NavigationSchema;
import fr.simulateursons.moteur.pack.Pointeur;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The schema's violations of a document, as our errors. A large file is validated in slices of its demandes, one
 * per core, each in pieces with a check for cancellation between two ({@link Annulation}): each piece is a document
 * of its own — the same header, a run of the demandes — and its errors are brought back to their places in the whole
 * file. In a cold process networknt's validation is most of a 4 Mo file's time, and the demandes are independent of
 * one another — when the schema says so: a piece is validated apart only if every schema on the way to the demandes,
 * and the array's own, uses keywords whose verdict on the whole is the sum of their verdicts on the parts
 * ({@link #decoupable}). Any other schema is validated in one go.
 */
final class ValidationParTranches {

    /** Below this many demandes per slice, a second thread costs more than it saves. */
    static final int TRANCHE_MIN = 256;

    /** Keywords of a schema on the way to the demandes that judge each property apart from the others. */
    private static final Set<String> SUR_LE_CHEMIN = Set.of("$schema", "$id", "$defs", "$comment", "$ref", "title",
            "description", "examples", "default", "type", "properties", "required", "additionalProperties",
            "unevaluatedProperties", "allOf");

    /** Keywords of the array's schema that judge each item apart, or the count only. */
    private static final Set<String> SUR_LE_TABLEAU = Set.of("$comment", "$ref", "title", "description", "examples",
            "default", "type", "items", "minItems", "allOf");

    private ValidationParTranches() {
    }

    static List<Erreur> valider(JsonNode document, Pack.ParType type, Pointeur demandes) {
        return valider(document, type, demandes, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The demandes go in pieces of {@link Annulation#PAS} to twice as many, each validated apart, one after the other
     * on each of at most {@code fils} threads: between two pieces a thread looks whether the simulation was
     * abandoned, so that it stops within one piece, on one core as on several.
     *
     * @param fils how many threads at most: the cores
     */
    static List<Erreur> valider(JsonNode document, Pack.ParType type, Pointeur demandes, int fils) {
        Annulation.verifier();
        Schema schema = type.schema();
        JsonNode tableau = demandes.lire(document);
        int total = tableau.isArray() ? tableau.size() : 0;
        int morceaux = total / Annulation.PAS;
        if (morceaux < 2 || !decoupable(type.schemaJson(), demandes.compile(), total / morceaux)) {
            return ViolationsSchema.traduire(schema.validate(document));
        }
        int n = Math.max(1, Math.min(fils, total / TRANCHE_MIN));
        AtomicBoolean abandon = new AtomicBoolean();
        List<CompletableFuture<List<Erreur>>> autres = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            int de = t * morceaux / n;
            int a = (t + 1) * morceaux / n;
            autres.add(CompletableFuture.supplyAsync(() -> morceaux(document, schema, demandes, de, a, morceaux, abandon),
                    ForkJoinPool.commonPool()));
        }
        try {
            // The first pieces on this thread; the first alone reports what lies outside the demandes.
            List<Erreur> erreurs = new ArrayList<>(morceaux(document, schema, demandes, 0, morceaux / n, morceaux, abandon));
            for (CompletableFuture<List<Erreur>> a : autres) {
                erreurs.addAll(resultat(a));
            }
            return List.copyOf(erreurs);
        } catch (RuntimeException | Error e) {
            abandon.set(true);
            throw e;
        }
    }

    /** The errors of pieces {@code de} to {@code a} of {@code sur}, at their places in the whole document. */
    private static List<Erreur> morceaux(JsonNode document, Schema schema, Pointeur demandes, int de, int a, int sur,
                                         AtomicBoolean abandon) {
        int total = demandes.lire(document).size();
        List<Erreur> erreurs = new ArrayList<>();
        for (int m = de; m < a; m++) {
            // This thread's interruption, or another's failure: either way the simulation will not use the rest.
            Annulation.verifier();
            if (abandon.get()) {
                throw new CancellationException("validation abandonnée");
            }
            int debut = (int) ((long) m * total / sur);
            int fin = (int) ((long) (m + 1) * total / sur);
            List<Erreur> morceau = ViolationsSchema.traduire(schema.validate(copie(document, demandes.compile(), debut,
                    fin - debut)));
            erreurs.addAll(m == 0 ? morceau : replacees(morceau, demandes, debut));
        }
        return erreurs;
    }

    /** The errors of a piece that starts at demande {@code debut}, at their places in the whole document. */
    private static List<Erreur> replacees(List<Erreur> morceau, Pointeur demandes, int debut) {
        String prefixe = demandes.texte() + "/";
        List<Erreur> erreurs = new ArrayList<>();
        for (Erreur e : morceau) {
            if (e.chemin() != null && e.chemin().startsWith(prefixe)) {
                String reste = e.chemin().substring(prefixe.length());
                int fin = reste.indexOf('/');
                int index = Integer.parseInt(fin < 0 ? reste : reste.substring(0, fin)) + debut;
                erreurs.add(e.en(prefixe + index + (fin < 0 ? "" : reste.substring(fin))));
            }
        }
        return erreurs;
    }

    private static List<Erreur> resultat(CompletableFuture<List<Erreur>> tranche) {
        try {
            return tranche.get();
        } catch (InterruptedException e) {
            throw Annulation.interrompue();
        } catch (ExecutionException e) {
            // What the slice threw, as the validation in one go would have thrown it.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The document with, at the pointer, only the demandes {@code debut} to {@code debut + taille}: nothing is copied but the objects on the way. */
    private static JsonNode copie(JsonNode noeud, JsonPointer chemin, int debut, int taille) {
        if (chemin.matches()) {
            ArrayNode tranche = JsonNodeFactory.instance.arrayNode();
            for (int i = debut; i < Math.min(noeud.size(), debut + taille); i++) {
                tranche.add(noeud.get(i));
            }
            return tranche;
        }
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        String nom = chemin.getMatchingProperty();
        for (Map.Entry<String, JsonNode> e : noeud.properties()) {
            c.set(e.getKey(), e.getKey().equals(nom) ? copie(e.getValue(), chemin.tail(), debut, taille) : e.getValue());
        }
        return c;
    }

    /**
     * Whether slices give the same verdict as the whole: every schema that applies on the way to the demandes
     * judges each property apart, and the array's own judges each item apart, or only counts them (a slice of
     * {@code plusPetiteTranche} demandes still has {@code minItems}).
     */
    static boolean decoupable(JsonNode schemaJson, JsonPointer chemin, int plusPetiteTranche) {
        List<JsonNode> schemas = NavigationSchema.candidats(schemaJson, schemaJson);
        for (JsonPointer seg = chemin; !seg.matches(); seg = seg.tail()) {
            if (!seg.mayMatchProperty() || !seulement(schemas, SUR_LE_CHEMIN)) {
                return false;
            }
            List<JsonNode> suivants = new ArrayList<>();
            for (JsonNode s : schemas) {
                JsonNode p = s.path("properties").path(seg.getMatchingProperty());
                if (p.isObject()) {
                    suivants.addAll(NavigationSchema.candidats(schemaJson, p));
                }
            }
            if (suivants.isEmpty()) {
                // Demandes no schema declares are judged by additionalProperties and the like: not sliced.
                return false;
            }
            schemas = suivants;
        }
        return seulement(schemas, SUR_LE_TABLEAU)
                && schemas.stream().allMatch(s -> s.path("minItems").asInt(0) <= plusPetiteTranche);
    }

    private static boolean seulement(List<JsonNode> schemas, Set<String> permis) {
        return schemas.stream().allMatch(s -> s.propertyNames().stream().allMatch(permis::contains));
    }
}
