package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The format pack's tools (spec §6), as every door calls them: check a pack, its blank model, its technical
 * documentation. Each takes the pack where it is ({@link SourcePack}); a pack that cannot be loaded is
 * {@link PackIncoherent}, with every fault in French.
 */
public final class OutilsPack {

    /** One example of the pack, run through the chain. */
    public record Exemple(String typeDemande, String fichier, String numeroAns, Resultat resultat) {
        public boolean reussi() {
            return resultat.etat() == Etat.REUSSI;
        }
    }

    /**
     * What {@code format-sons verifier} found.
     *
     * @param version null when the pack could not be loaded
     * @param defauts the faults, in French, each with its place: empty when the pack is coherent
     */
    public record Verification(String chemin, String version, List<String> defauts, List<Exemple> exemples) {
        public boolean conforme() {
            return defauts.isEmpty() && exemples.stream().allMatch(Exemple::reussi);
        }
    }

    private OutilsPack() {
    }

    /**
     * The pack's coherence, then each of its examples through the chain, with the numéro ANS its header carries.
     *
     * @param ressources the engine's settings but the pack (résolution of the resources, clock)
     * @param tauxTva    the rate the examples are simulated with
     */
    public static Verification verifier(SourcePack source, Moteur.Builder ressources, String tauxTva) {
        return VerificationPack.verifier(source, ressources, tauxTva);
    }

    /** The <i>modèle de JSON vierge</i> of a type de demande. */
    public static JsonNode modele(SourcePack source, String typeDemande) throws PackIncoherent {
        return ModeleVierge.modele(ChargementPack.charger(source), typeDemande);
    }

    /** The <i>documentation technique</i>: one self-contained HTML page. */
    public static String documentation(SourcePack source) throws PackIncoherent {
        return DocumentationTechnique.html(ChargementPack.charger(source));
    }

    /** {@code AVANCE} or {@code SOLDE} as the pack names its types, from any case; empty for anything else. */
    public static Optional<String> typeDemande(String texte) {
        String t = texte == null ? "" : texte.strip().toUpperCase(Locale.ROOT);
        return t.equals("AVANCE") || t.equals("SOLDE") ? Optional.of(t) : Optional.empty();
    }

    /**
     * The pack's example of a type with its demandes repeated until there are at least {@code demandes}: a large
     * file of the pack's own shape, found through its own pointer (the same demande many times is a REJETE).
     */
    public static byte[] exempleAgrandi(SourcePack source, String typeDemande, int demandes) throws PackIncoherent {
        Pack pack = ChargementPack.charger(source);
        JsonNode exemple = JsonStrict.MAPPER.readTree(pack.type(typeDemande).exemple());
        ArrayNode tableau = (ArrayNode) pack.demandes().lire(exemple);
        List<JsonNode> une = new ArrayList<>();
        tableau.forEach(une::add);
        while (tableau.size() < demandes) {
            une.forEach(d -> tableau.add(d.deepCopy()));
        }
        return JsonStrict.MAPPER.writeValueAsBytes(exemple);
    }
}
