package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.GenerateurScenarios;
import fr.simulateursons.outils.PlanDeFormat;
import fr.simulateursons.outils.Scenario;
import fr.simulateursons.outils.Scenario.DemandeGeneree;
import fr.simulateursons.outils.Scenario.Piece;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise a vendor relies on (spec §4): {@code attendu} is what to paste, in the file's own form. On files drawn
 * from fixed seeds, on three packs (the bundled one, the essai pack with its decimal comma and JJ/MM/AAAA dates, and
 * one writing amounts as text with either mark), with their demandes damaged at random:
 * <ul>
 * <li>applying every D07 and D08 {@code attendu} of one simulation leaves no D07 and no D08;</li>
 * <li>applying every {@code attendu} of every rule gives, within two passes, a file with no anomaly of a rule that
 * has one (a lowered HT changes its TVA and TTC, which the second pass settles). Where two rules expect a value at one
 * place (D09 and D10 on the signature), the vendor keeps the earlier date, which satisfies both.</li>
 * </ul>
 * Each value is pasted as its text, into a node of the type the file has there: a number in a {@code nombre} pack,
 * a string in a {@code texte} one — so a value not in the file's form would be S03 or S04 at the next simulation.
 */
class AttenduProprietesTest {

    private static final List<PlanDeFormat> PLANS = List.of(PlanDeFormat.VAGUE2, PlanDeFormat.ESSAI,
            PlanDeFormat.MONTANTS_TEXTE);
    private static final Set<Code> AVEC_ATTENDU = Set.of(Code.D06, Code.D07, Code.D08, Code.D09, Code.D10, Code.D11,
            Code.D12, Code.D13);
    private static final LocalDate JOUR = GenerateurScenarios.AUJOURDHUI;

    record Cas(PlanDeFormat plan, String type, long graine) {
        @Override
        public String toString() {
            return plan.nom() + " " + type + " graine " + graine;
        }
    }

    static Stream<Cas> cas() {
        return PLANS.stream().flatMap(p -> Stream.of("AVANCE", "SOLDE")
                .flatMap(t -> IntStream.range(0, 40).mapToObj(i -> new Cas(p, t, 7919L * i + t.length()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cas")
    void lesAttendusDeD07EtD08EffacentD07EtD08EnUnePasse(Cas cas) {
        GenerateurScenarios g = new GenerateurScenarios(cas.graine());
        Scenario s = g.scenario(cas.type(), GenerateurScenarios.TAUX.get((int) (cas.graine() % 6)), 2, 8, false);
        s.demandes.forEach(d -> pieces(s, d).forEach(p -> abimerLesMontants(s, p, g.aleas())));
        byte[] octets = s.octets(cas.plan());
        Resultat r = s.simuler(octets, cas.plan());
        assertThat(codes(r)).as("des montants abîmés").containsAnyOf(Code.D07, Code.D08);

        Resultat apres = s.simuler(appliquer(octets, r, Set.of(Code.D07, Code.D08)), cas.plan());

        assertThat(codes(apres)).doesNotContain(Code.D07, Code.D08);
        assertThat(apres.erreurs()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cas")
    void tousLesAttendusAppliquesDonnentUnFichierQuiPasseEnDeuxPasses(Cas cas) {
        GenerateurScenarios g = new GenerateurScenarios(cas.graine());
        Scenario s = g.scenario(cas.type(), GenerateurScenarios.TAUX.get((int) (cas.graine() % 6)), 2, 8, false);
        s.demandes.forEach(d -> abimer(s, d, g.aleas()));
        abimerLesMontants(s, s.demandes.get(0).bonDeCommande, g.aleas());
        byte[] octets = s.octets(cas.plan());
        Resultat r1 = s.simuler(octets, cas.plan());
        assertThat(codes(r1)).as("des demandes abîmées").isNotEmpty();

        byte[] une = appliquer(octets, r1, AVEC_ATTENDU);
        byte[] deux = appliquer(une, s.simuler(une, cas.plan()), AVEC_ATTENDU);
        Resultat r3 = s.simuler(deux, cas.plan());

        assertThat(r3.erreurs()).isEmpty();
        assertThat(codes(r3)).doesNotContainAnyElementsOf(AVEC_ATTENDU);
    }

    private static List<Piece> pieces(Scenario s, DemandeGeneree d) {
        return s.solde() ? List.of(d.bonDeCommande, d.facture) : List.of(d.bonDeCommande);
    }

    /** A TVA off by some cents, its TTC left, following it, or off too; or the TTC alone off. */
    private static void abimerLesMontants(Scenario s, Piece p, Random a) {
        BigDecimal ecart = BigDecimal.valueOf(1 + a.nextInt(500), 2);
        switch (a.nextInt(4)) {
            case 0 -> p.tva = p.tva.add(ecart);
            case 1 -> {
                p.tva = p.tva.add(ecart);
                p.ttc = p.ht.add(p.tva);
            }
            case 2 -> {
                p.tva = p.tva.add(ecart);
                p.ttc = p.ttc.add(BigDecimal.valueOf(1 + a.nextInt(300), 2));
            }
            default -> p.ttc = p.ttc.add(ecart);
        }
    }

    /** Any of what a rule with an attendu judges, a demande at a time, several faults at once. */
    private static void abimer(Scenario s, DemandeGeneree d, Random a) {
        if (a.nextInt(3) == 0) {
            s.calculer(d.bonDeCommande, a.nextBoolean() ? BigDecimal.ZERO
                    : GenerateurScenarios.plafond(d.prestation).add(BigDecimal.valueOf(1 + a.nextInt(900_000), 2)));
        }
        if (a.nextInt(3) == 0) {
            d.bonDeCommande.date = a.nextBoolean() ? JOUR.plusDays(1 + a.nextInt(400))
                    : s.entete.dateLimite.plusDays(1 + a.nextInt(30));
        }
        pieces(s, d).stream().filter(p -> a.nextInt(3) == 0).forEach(p -> abimerLesMontants(s, p, a));
        if (s.solde()) {
            if (a.nextInt(3) == 0) {
                d.facture.date = d.bonDeCommande.date.minusDays(1 + a.nextInt(100));
            }
            if (a.nextInt(3) == 0) {
                s.calculer(d.facture, d.bonDeCommande.ht.add(BigDecimal.valueOf(1 + a.nextInt(100_000), 2)));
            }
            if (a.nextInt(3) == 0) {
                d.dateAttestation = a.nextBoolean() ? d.bonDeCommande.date.minusDays(1 + a.nextInt(100))
                        : JOUR.plusDays(1 + a.nextInt(100));
            }
        }
    }

    private static List<Code> codes(Resultat r) {
        List<Code> codes = new ArrayList<>();
        r.anomalies().values().forEach(l -> l.forEach(e -> codes.add(e.code())));
        r.erreurs().forEach(e -> codes.add(e.code()));
        return codes;
    }

    /**
     * The file with each {@code attendu} of the given codes pasted at its place, as the value there is written (a
     * number stays a number, a string a string); where several rules expect a value at one place, the earliest date.
     */
    private static byte[] appliquer(byte[] octets, Resultat r, Set<Code> codes) {
        Map<String, List<String>> parChemin = new LinkedHashMap<>();
        for (List<Erreur> anomalies : r.anomalies().values()) {
            for (Erreur e : anomalies) {
                if (codes.contains(e.code()) && e.attendu() != null) {
                    parChemin.computeIfAbsent(e.chemin(), c -> new ArrayList<>()).add(e.attendu());
                }
            }
        }
        ObjectNode document = (ObjectNode) JsonStrict.MAPPER.readTree(octets);
        parChemin.forEach((chemin, valeurs) -> {
            String valeur = valeurs.stream().min(Comparator.comparing(AttenduProprietesTest::ordre)).orElseThrow();
            JsonPointer p = JsonPointer.compile(chemin);
            JsonNode parent = document.at(p.head());
            JsonNode avant = document.at(p);
            JsonNode nouveau = avant.isNumber() ? JsonStrict.MAPPER.getNodeFactory().numberNode(new BigDecimal(valeur))
                    : JsonStrict.MAPPER.getNodeFactory().stringNode(valeur);
            if (parent instanceof ArrayNode tableau) {
                tableau.set(p.last().getMatchingIndex(), nouveau);
            } else {
                ((ObjectNode) parent).set(p.last().getMatchingProperty(), nouveau);
            }
        });
        return JsonStrict.MAPPER.writeValueAsBytes(document);
    }

    /** A date in either of the packs' forms as {@code AAAAMMJJ}, to take the earliest; an amount as it is. */
    private static String ordre(String valeur) {
        if (valeur.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return valeur.substring(6) + valeur.substring(3, 5) + valeur.substring(0, 2);
        }
        return valeur.replace("-", "");
    }
}
