package fr.simulateursons.engine;

import fr.simulateursons.Fixtures;
import fr.simulateursons.json.JsonStrict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the whole engine: valid documents pass; one mutation of a valid document is caught by exactly
 * the stage that owns it; and no input whatsoever makes it throw or end in an internal error.
 */
class SimulationProprietesTest {

    private static final BigDecimal PLAFOND_VA2 = new BigDecimal("150000.00");

    // ---- valid documents ----

    @Provide
    Arbitrary<ObjectNode> documentsValides() {
        return Arbitraries.integers().between(1, 12).flatMap(n -> demande().list().ofSize(n)).map(this::document);
    }

    private record D(String raison, String numero, LocalDate signature, long centimesHt, boolean va1) {
    }

    private Arbitrary<D> demande() {
        return Combinators.combine(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(200).filter(s -> s.codePointCount(0, s.length()) <= 200),
                Arbitraries.strings().alpha().numeric().withChars("-_/ é").ofMinLength(1).ofMaxLength(50),
                Arbitraries.longs().between(0, LocalDate.of(2025, 12, 17).toEpochDay() - LocalDate.of(2024, 1, 1).toEpochDay())
                        .map(j -> LocalDate.of(2024, 1, 1).plusDays(j)),
                Arbitraries.longs().between(1, PLAFOND_VA2.movePointRight(2).longValueExact()),
                Arbitraries.of(true, false)
        ).as(D::new);
    }

    private ObjectNode document(List<D> demandes) {
        ObjectNode racine = JsonStrict.MAPPER.createObjectNode();
        racine.put("siret", "95260181590833").put("numeroReferencement", "SONS-V2-DEMO-DPI").put("dispositif", "HOP-DPI-VA2");
        ArrayNode tableau = racine.putArray("demandes");
        for (int i = 0; i < demandes.size(); i++) {
            D d = demandes.get(i);
            ObjectNode o = tableau.addObject();
            o.put("idDemande", "DEM-" + i).put("prestation", d.va1() ? "VA1_VA2" : "VA2");
            o.putObject("beneficiaire")
                    .put("finessJuridique", luhn(String.format("%08d", 10_000_000 + i)))
                    .put("finessGeographique", luhn(String.format("%08d", 30_000_000 + i)))
                    .put("siret", luhn(String.format("%013d", 9_518_190_937_000L + i)))
                    .put("raisonSociale", d.raison());
            BigDecimal ht = BigDecimal.valueOf(d.centimesHt(), 2);
            BigDecimal tva = ht.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            o.putObject("bonDeCommande").put("numero", d.numero()).put("dateSignature", d.signature().toString())
                    .put("montantHT", ht).put("montantTVA", tva).put("montantTTC", ht.add(tva));
        }
        return racine;
    }

    private static String luhn(String debut) {
        return fr.simulateursons.outils.GenerateurDemandes.avecCle(debut);
    }

    private static Resultat simuler(byte[] octets) {
        return Fixtures.simuler(octets, "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);
    }

    private static byte[] octets(ObjectNode document) {
        return JsonStrict.MAPPER.writeValueAsBytes(document);
    }

    @Property(tries = 60)
    void unDocumentValideReussit(@ForAll("documentsValides") ObjectNode document) {
        Resultat r = simuler(octets(document));

        assertThat(r.erreurs()).isEmpty();
        assertThat(r.etat()).isEqualTo(Etat.REUSSI);
    }

    // ---- one mutation, one stage ----

    /** A mutation of a valid document, and the stage and code that must catch it. */
    record Mutation(String nom, Function<ObjectNode, byte[]> appliquer, Etape etape, Code code) {
        @Override
        public String toString() {
            return nom;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(
                new Mutation("balise racine retirée", d -> {
                    d.remove("siret");
                    return octets(d);
                }, Etape.FORMAT, Code.S01),
                new Mutation("balise inconnue", d -> {
                    ((ObjectNode) d.get("demandes").get(0)).put("commentaire", "x");
                    return octets(d);
                }, Etape.FORMAT, Code.S02),
                new Mutation("montant en texte", d -> {
                    ((ObjectNode) d.get("demandes").get(0).get("bonDeCommande")).put("montantHT", "100");
                    return octets(d);
                }, Etape.FORMAT, Code.S03),
                new Mutation("numéro de référencement d'un autre", d -> {
                    d.put("numeroReferencement", "SONS-V2-DEMO-PFI");
                    return octets(d);
                }, Etape.FORMAT, Code.E02),
                new Mutation("TVA décalée d'un centime", d -> {
                    ObjectNode b = (ObjectNode) d.get("demandes").get(0).get("bonDeCommande");
                    b.put("montantTVA", b.get("montantTVA").decimalValue().add(new BigDecimal("0.01")));
                    b.put("montantTTC", b.get("montantTTC").decimalValue().add(new BigDecimal("0.01")));
                    return octets(d);
                }, Etape.DEMANDES, Code.D07),
                new Mutation("identifiant en double", d -> {
                    ArrayNode a = (ArrayNode) d.get("demandes");
                    ObjectNode copie = (ObjectNode) a.get(0).deepCopy();
                    ((ObjectNode) copie.get("beneficiaire")).put("finessGeographique", "2A0000001");
                    a.add(copie);
                    return octets(d);
                }, Etape.DEMANDES, Code.D01),
                new Mutation("fichier tronqué", d -> {
                    byte[] o = octets(d);
                    return java.util.Arrays.copyOf(o, o.length - 1 - (o.length % 7));
                }, Etape.FICHIER, Code.F02),
                new Mutation("octet qui n'est pas de l'UTF-8", d -> {
                    byte[] o = octets(d);
                    o[o.length / 2] = (byte) 0xFF;
                    return o;
                }, Etape.FICHIER, Code.F02));
    }

    @Property(tries = 80)
    void uneMutationEstVueParSonEtape(@ForAll("documentsValides") ObjectNode document,
                                      @ForAll("mutations") Mutation mutation) {
        Resultat r = simuler(mutation.appliquer().apply(document));

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.etape()).isEqualTo(mutation.etape());
        List<Code> codes = r.etape() == Etape.DEMANDES
                ? r.anomalies().values().stream().flatMap(List::stream).map(Erreur::code).toList()
                : r.erreurs().stream().map(Erreur::code).toList();
        assertThat(codes).contains(mutation.code());
    }

    // ---- no input breaks the engine ----

    private static void jamaisInterne(byte[] octets) {
        Resultat r = simuler(octets);

        assertThat(r.etat()).isIn(Etat.REJETE, Etat.REUSSI);
        if (r.etat() == Etat.REJETE) {
            assertThat(r.etape()).isNotNull();
            assertThat(r.erreurs().isEmpty()).isEqualTo(r.etape() == Etape.DEMANDES);
        }
        assertThat(r.message()).isNotBlank();
    }

    @Property(tries = 300)
    void desOctetsQuelconques(@ForAll @Size(max = 4096) byte[] octets) {
        jamaisInterne(octets);
    }

    @Property(tries = 300)
    void duTexteQuelconque(@ForAll @Size(max = 2048) String texte) {
        jamaisInterne(texte.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> presqueJson() {
        Arbitrary<String> atomes = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"siret\"", "\"demandes\"",
                "\"montantHT\"", "\"idDemande\"", "1e999999", "-0.0", "100.10", "null", "true", "\"\\u0000\"",
                "\"\\ud800\"", "\"2025-02-30\"", "12345678901234567890123", " ", "\n", "\uFEFF", "\"é\"");
        return atomes.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void duPresqueJson(@ForAll("presqueJson") String texte) {
        jamaisInterne(texte.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void unDocumentValideMuteAuHasard(@ForAll("documentsValides") ObjectNode document,
                                      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.IntRange(max = 255) Integer> octets,
                                      @ForAll @net.jqwik.api.constraints.IntRange(max = 1_000_000) int position) {
        byte[] o = octets(document);
        for (int i = 0; i < octets.size(); i++) {
            o[(position + i * 31) % o.length] = (byte) (int) octets.get(i);
        }
        jamaisInterne(o);
    }
}
