package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.DateDepot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The format pack's tools (spec §6), as every door calls them: check a pack or a catalogue, the blank model and the
 * technical documentation of the pack in force at a date. Each takes the pack where it is ({@link SourcePack}); one
 * that cannot be loaded is {@link PackIncoherent}, with every fault in French.
 */
public final class OutilsPack {

    /**
     * One example of a pack, run through the chain at a date de dépôt inside the pack's period.
     *
     * @param dateDepot that date, as a person reads it ({@code 01/04/2026 13:59 (heure de Paris)})
     */
    public record Exemple(String version, String typeDemande, String fichier, String numeroAns, String dateDepot,
                          Resultat resultat) {
        public boolean reussi() {
            return resultat.etat() == Etat.REUSSI;
        }
    }

    /** A pack of the calendar: its version and its period, in French. */
    public record Periode(String version, String texte) {
    }

    /**
     * What {@code format-sons verifier} found.
     *
     * @param defauts    the faults, in French, each with its place: empty when every pack is coherent and no two
     *                   are in force at one instant
     * @param calendrier the packs in order of their periods (one, for a single pack)
     * @param lacunes    the periods no pack covers, in French: listed, not faults
     */
    public record Verification(String chemin, List<String> defauts, List<Periode> calendrier, List<String> lacunes,
                               List<Exemple> exemples) {
        public boolean conforme() {
            return defauts.isEmpty() && exemples.stream().allMatch(Exemple::reussi);
        }
    }

    private OutilsPack() {
    }

    /**
     * Every pack's coherence (the plafond keys against the dispositifs in use), the calendar, then each pack's
     * examples through the chain, with the numéro ANS the example's header carries.
     *
     * @param ressources the engine's settings but the pack: référentiel, dispositifs, eligibility base, clock
     * @param tauxTva    the rate the examples are simulated with
     */
    public static Verification verifier(SourcePack source, Moteur.Builder ressources, String tauxTva) {
        return VerificationPack.verifier(source, ressources, tauxTva);
    }

    /**
     * The instant a tool reads the catalogue at: a date de dépôt as the parameter writes it, or now.
     *
     * @throws IllegalArgumentException with P06's message, when it is no date de dépôt
     */
    public static Instant date(String dateDepot, Clock horloge) {
        if (dateDepot == null) {
            return horloge.instant();
        }
        return DateDepot.lire(dateDepot).map(DateDepot::instant)
                .orElseThrow(() -> new IllegalArgumentException(Code.P06.erreur(null).libelle()));
    }

    /** The <i>modèle de JSON vierge</i> of a type de demande, in the pack in force at {@code date}. */
    public static JsonNode modele(SourcePack source, String typeDemande, Instant date) throws PackIncoherent {
        Pack pack = enVigueur(Catalogues.charger(source), source, date);
        if (!pack.types().containsKey(typeDemande)) {
            throw new PackIncoherent(source.chemin(), List.of(new DefautPack(pack.chemin(), "Le format SONS "
                    + pack.version() + " ne couvre pas les demandes de type " + typeDemande + ".")));
        }
        return ModeleVierge.modele(pack, typeDemande);
    }

    /**
     * The <i>documentation technique</i> of the pack in force at {@code date}, one self-contained HTML page; for a
     * catalogue, with every version, its period and what changes from one to the next.
     */
    public static String documentation(SourcePack source, Instant date) throws PackIncoherent {
        Catalogue catalogue = Catalogues.charger(source);
        return DocumentationTechnique.html(enVigueur(catalogue, source, date), catalogue);
    }

    /** {@code AVANCE} or {@code SOLDE} as the pack names its types, from any case; empty for anything else. */
    public static Optional<String> typeDemande(String texte) {
        String t = texte == null ? "" : texte.strip().toUpperCase(Locale.ROOT);
        return t.equals("AVANCE") || t.equals("SOLDE") ? Optional.of(t) : Optional.empty();
    }

    /**
     * The example of a type, in the pack in force at {@code date}, with its demandes repeated until there are at least
     * {@code demandes}: a large file of the pack's own shape, found through its own pointer (the same demande many
     * times is a REJETE).
     */
    public static byte[] exempleAgrandi(SourcePack source, String typeDemande, int demandes, Instant date)
            throws PackIncoherent {
        Pack pack = enVigueur(Catalogues.charger(source), source, date);
        JsonNode exemple = JsonStrict.MAPPER.readTree(pack.type(typeDemande).exemple());
        ArrayNode tableau = (ArrayNode) pack.demandes().lire(exemple);
        List<JsonNode> une = new ArrayList<>();
        tableau.forEach(une::add);
        while (tableau.size() < demandes) {
            une.forEach(d -> tableau.add(d.deepCopy()));
        }
        return JsonStrict.MAPPER.writeValueAsBytes(exemple);
    }

    private static Pack enVigueur(Catalogue catalogue, SourcePack source, Instant date) throws PackIncoherent {
        return catalogue.enVigueur(date).orElseThrow(() -> new PackIncoherent(source.chemin(), List.of(new DefautPack(
                source.chemin(), "Aucun format SONS n'est en vigueur au "
                + Catalogues.instant(OffsetDateTime.ofInstant(date, ZoneId.of("Europe/Paris"))) + "."))));
    }
}
