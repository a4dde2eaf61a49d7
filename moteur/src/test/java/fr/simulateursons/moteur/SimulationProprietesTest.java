package fr.simulateursons.moteur;

import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.GenerateurScenarios;
import fr.simulateursons.outils.PlanDeFormat;
import fr.simulateursons.outils.PlanDeFormat.Champ;
import fr.simulateursons.outils.Scenario;
import fr.simulateursons.outils.Scenario.DemandeGeneree;
import fr.simulateursons.outils.Scenario.Piece;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the whole engine, on scenarios drawn from fixed seeds (a failure names its seed, and the same
 * seed replays it): valid files pass, for both types de demande and every rate; one mutation of a valid file
 * is caught by exactly the stage that owns it, each D rule on the demandes it touched and at the field it
 * changed; and no input whatsoever makes the engine throw or end in an internal error. Every property runs
 * on each format pack of {@link #PLANS}.
 */
class SimulationProprietesTest {

    private static final List<PlanDeFormat> PLANS = List.of(PlanDeFormat.VAGUE2, PlanDeFormat.ESSAI);
    private static final List<String> TYPES = List.of("AVANCE", "SOLDE");
    private static final BigDecimal UN_CENTIME = new BigDecimal("0.01");

    /** One draw: a format pack, the parameters, and the seed of everything else. */
    record Cas(PlanDeFormat plan, String type, String taux, long graine) {
        @Override
        public String toString() {
            return plan.nom() + " " + type + " taux " + taux + " graine " + graine;
        }
    }

    /** {@code parPlan} draws for each pack and type, the rates taken in turn. */
    private static Stream<Cas> cas(int parPlan, String... types) {
        return PLANS.stream().flatMap(plan -> Arrays.stream(types).flatMap(type -> IntStream.range(0, parPlan)
                .mapToObj(i -> new Cas(plan, type, GenerateurScenarios.TAUX.get(i % GenerateurScenarios.TAUX.size()),
                        31L * type.hashCode() + i))));
    }

    // ---- valid files ----

    static Stream<Cas> valides() {
        return cas(60, "AVANCE", "SOLDE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valides")
    void unFichierValideReussit(Cas cas) {
        GenerateurScenarios g = new GenerateurScenarios(cas.graine());
        Scenario s = g.scenario(cas.type(), cas.taux(), 1, 12, cas.graine() % 2 == 0);

        Resultat r = s.simuler(cas.plan());

        assertThat(r.erreurs()).isEmpty();
        assertThat(r.anomalies()).isEmpty();
        assertThat(r.etat()).isEqualTo(Etat.REUSSI);
        assertThat(r.idDemandes()).containsExactlyElementsOf(s.demandes.stream().map(d -> d.idDemande).toList());
    }

    // ---- one mutation, one stage ----

    /**
     * What a mutation touched: the demandes that may be annotated (none for a mutation of the file as a whole),
     * and, for a D rule, the {@code chemin} its anomaly must carry on the first of them.
     */
    record Cible(Set<Integer> demandes, String chemin) {
        static final Cible FICHIER = new Cible(Set.of(), null);
    }

    @FunctionalInterface
    interface Application {
        Cible appliquer(Scenario s, GenerateurScenarios g, PlanDeFormat plan);
    }

    record Mutation(String nom, Etape etape, Code code, boolean soldeSeulement, Application application) {
        @Override
        public String toString() {
            return code + " " + nom;
        }
    }

    private static Mutation fichier(String nom, Etape etape, Code code, Application a) {
        return new Mutation(nom, etape, code, false, a);
    }

    private static Mutation demande(String nom, Code code, Application a) {
        return new Mutation(nom, Etape.DEMANDES, code, false, a);
    }

    private static Mutation solde(String nom, Code code, Application a) {
        return new Mutation(nom, Etape.DEMANDES, code, true, a);
    }

    private static int une(Scenario s, GenerateurScenarios g) {
        return g.aleas().nextInt(s.demandes.size());
    }

    /** Two distinct demandes: the scenarios of mutations have at least two. */
    private static int[] deux(Scenario s, GenerateurScenarios g) {
        int a = une(s, g);
        int b = (a + 1 + g.aleas().nextInt(s.demandes.size() - 1)) % s.demandes.size();
        return new int[]{a, b};
    }

    private static Cible sur(PlanDeFormat plan, int k, Champ champ, int... autres) {
        Set<Integer> touchees = new HashSet<>(Set.of(k));
        Arrays.stream(autres).forEach(touchees::add);
        return new Cible(touchees, plan.chemin(k, champ));
    }

    /** On the order, or in a solde one time in two on the invoice, which D07 and D08 check alike. */
    private static boolean surLaFacture(Scenario s, GenerateurScenarios g) {
        return s.solde() && g.aleas().nextBoolean();
    }

    static final List<Mutation> MUTATIONS = List.of(
            fichier("fichier de plus de 4 Mo", Etape.FICHIER, Code.F01, (s, g, p) -> {
                s.retoucherOctets(o -> {
                    byte[] grand = Arrays.copyOf(o, 4_194_305);
                    Arrays.fill(grand, o.length, grand.length, (byte) ' ');
                    return grand;
                });
                return Cible.FICHIER;
            }),
            fichier("fichier tronqué", Etape.FICHIER, Code.F02, (s, g, p) -> {
                s.retoucherOctets(o -> Arrays.copyOf(o, 1 + g.aleas().nextInt(o.length - 1)));
                return Cible.FICHIER;
            }),
            fichier("octet qui n'est pas de l'UTF-8", Etape.FICHIER, Code.F02, (s, g, p) -> {
                s.retoucherOctets(o -> {
                    o[g.aleas().nextInt(o.length)] = (byte) (0xF8 + g.aleas().nextInt(8));
                    return o;
                });
                return Cible.FICHIER;
            }),
            fichier("clé en double", Etape.FICHIER, Code.F02, (s, g, p) -> {
                String cle = p.pointeur(Champ.NUMERO_REFERENCEMENT).substring(1).split("/")[0];
                s.retoucherOctets(o -> ("{\"" + cle + "\":\"x\"," + new String(o, StandardCharsets.UTF_8).substring(1))
                        .getBytes(StandardCharsets.UTF_8));
                return Cible.FICHIER;
            }),
            fichier("65 niveaux dans une raison sociale", Etape.FICHIER, Code.F02, (s, g, p) -> {
                s.retoucherOctets(o -> new String(o, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"x\":"
                        + "[".repeat(JsonStrict.PROFONDEUR_MAX) + "]".repeat(JsonStrict.PROFONDEUR_MAX) + ",")
                        .getBytes(StandardCharsets.UTF_8));
                return Cible.FICHIER;
            }),
            fichier("balise de l'en-tête retirée", Etape.FORMAT, Code.S01, (s, g, p) -> {
                Champ c = List.of(Champ.SIRET_FOURNISSEUR, Champ.NUMERO_REFERENCEMENT, Champ.DISPOSITIF)
                        .get(g.aleas().nextInt(3));
                s.retoucherArbre(d -> {
                    PlanDeFormat.retirer(d, p.pointeur(c));
                    return d;
                });
                return Cible.FICHIER;
            }),
            fichier("balise inconnue dans une demande", Etape.FORMAT, Code.S02, (s, g, p) -> {
                int k = une(s, g);
                s.retoucherArbre(d -> {
                    PlanDeFormat.ecrire(d, p.demandes() + "/" + k + "/commentaire", d.stringNode("x"));
                    return d;
                });
                return Cible.FICHIER;
            }),
            fichier("montant d'un autre type", Etape.FORMAT, Code.S03, (s, g, p) -> {
                int k = une(s, g);
                s.retoucherArbre(d -> {
                    PlanDeFormat.ecrire(d, p.chemin(k, Champ.BDC_HT), p.montantDAutreType());
                    return d;
                });
                return Cible.FICHIER;
            }),
            fichier("montant à trois décimales", Etape.FORMAT, Code.S04, (s, g, p) -> {
                s.demandes.get(une(s, g)).bonDeCommande.ht = new BigDecimal("100.001");
                return Cible.FICHIER;
            }),
            fichier("prestation hors liste", Etape.FORMAT, Code.S05, (s, g, p) -> {
                s.demandes.get(une(s, g)).prestation = "VA3";
                return Cible.FICHIER;
            }),
            fichier("aucune demande", Etape.FORMAT, Code.S06, (s, g, p) -> {
                s.demandes.clear();
                return Cible.FICHIER;
            }),
            fichier("SIRET du fournisseur invalide", Etape.FORMAT, Code.E01, (s, g, p) -> {
                s.entete.siret = g.siretInvalide();
                return Cible.FICHIER;
            }),
            fichier("numéro de référencement d'un autre", Etape.FORMAT, Code.E02, (s, g, p) -> {
                s.entete.numeroReferencement = s.entete.numeroAns.equals("SONS-V2-DEMO-PFI")
                        ? "SONS-V2-DEMO-DPI" : "SONS-V2-DEMO-PFI";
                return Cible.FICHIER;
            }),
            fichier("SIRET d'un autre titulaire", Etape.FORMAT, Code.E03, (s, g, p) -> {
                s.entete.siret = g.siret();
                return Cible.FICHIER;
            }),
            fichier("dispositif non couvert", Etape.FORMAT, Code.E04, (s, g, p) -> {
                s.entete.dispositif = "HOP-AUTRE-VA2";
                return Cible.FICHIER;
            }),
            demande("identifiant en double", Code.D01, (s, g, p) -> {
                int[] k = deux(s, g);
                s.demandes.get(k[0]).idDemande = s.demandes.get(k[1]).idDemande;
                return sur(p, k[0], Champ.ID_DEMANDE, k[1]);
            }),
            demande("clé du SIRET du bénéficiaire", Code.D02, (s, g, p) -> {
                int k = une(s, g);
                s.demandes.get(k).siret = g.siretInvalide();
                return sur(p, k, Champ.SIRET);
            }),
            demande("clé du FINESS juridique", Code.D03, (s, g, p) -> {
                int k = une(s, g);
                s.demandes.get(k).finessJuridique = g.finessInvalide();
                return sur(p, k, Champ.FINESS_JURIDIQUE);
            }),
            demande("clé du FINESS géographique", Code.D04, (s, g, p) -> {
                int k = une(s, g);
                s.demandes.get(k).finessGeographique = g.finessInvalide();
                return sur(p, k, Champ.FINESS_GEOGRAPHIQUE);
            }),
            demande("même établissement, même prestation", Code.D05, (s, g, p) -> {
                int[] k = deux(s, g);
                DemandeGeneree a = s.demandes.get(k[0]);
                DemandeGeneree b = s.demandes.get(k[1]);
                a.finessGeographique = b.finessGeographique;
                a.prestation = b.prestation;
                return sur(p, k[0], Champ.FINESS_GEOGRAPHIQUE, k[1]);
            }),
            demande("HT nul ou au-delà du plafond", Code.D06, (s, g, p) -> {
                int k = une(s, g);
                DemandeGeneree d = s.demandes.get(k);
                s.calculer(d.bonDeCommande, g.aleas().nextBoolean() ? BigDecimal.ZERO.setScale(2)
                        : GenerateurScenarios.plafond(d.prestation).add(g.montant(s, new BigDecimal("1000.00"))));
                return sur(p, k, Champ.BDC_HT);
            }),
            demande("TVA décalée d'un centime", Code.D07, (s, g, p) -> {
                int k = une(s, g);
                boolean facture = surLaFacture(s, g);
                Piece piece = facture ? s.demandes.get(k).facture : s.demandes.get(k).bonDeCommande;
                BigDecimal ecart = piece.tva.signum() > 0 && g.aleas().nextBoolean() ? UN_CENTIME.negate() : UN_CENTIME;
                piece.tva = piece.tva.add(ecart);
                piece.ttc = piece.ttc.add(ecart);
                return sur(p, k, facture ? Champ.FACTURE_TVA : Champ.BDC_TVA);
            }),
            demande("TTC décalé d'un centime", Code.D08, (s, g, p) -> {
                int k = une(s, g);
                boolean facture = surLaFacture(s, g);
                Piece piece = facture ? s.demandes.get(k).facture : s.demandes.get(k).bonDeCommande;
                piece.ttc = piece.ttc.add(UN_CENTIME);
                return sur(p, k, facture ? Champ.FACTURE_TTC : Champ.BDC_TTC);
            }),
            demande("signature dans le futur", Code.D09, (s, g, p) -> {
                int k = une(s, g);
                s.demandes.get(k).bonDeCommande.date = GenerateurScenarios.AUJOURDHUI.plusDays(1 + g.aleas().nextInt(400));
                return sur(p, k, Champ.BDC_DATE);
            }),
            demande("signature après la date limite", Code.D10, (s, g, p) -> {
                int k = une(s, g);
                s.demandes.get(k).bonDeCommande.date = g.entre(s.entete.dateLimite.plusDays(1),
                        GenerateurScenarios.AUJOURDHUI);
                return sur(p, k, Champ.BDC_DATE);
            }),
            solde("facture avant la signature", Code.D11, (s, g, p) -> {
                int k = une(s, g);
                Piece bdc = s.demandes.get(k).bonDeCommande;
                s.demandes.get(k).facture.date = g.entre(bdc.date.minusDays(400), bdc.date.minusDays(1));
                return sur(p, k, Champ.FACTURE_DATE);
            }),
            solde("facture au-delà du bon de commande", Code.D12, (s, g, p) -> {
                int k = une(s, g);
                DemandeGeneree d = s.demandes.get(k);
                s.calculer(d.facture, d.bonDeCommande.ht.add(g.montant(s, new BigDecimal("1000.00"))));
                return sur(p, k, Champ.FACTURE_HT);
            }),
            solde("attestation avant la signature ou dans le futur", Code.D13, (s, g, p) -> {
                int k = une(s, g);
                DemandeGeneree d = s.demandes.get(k);
                d.dateAttestation = g.aleas().nextBoolean()
                        ? g.entre(d.bonDeCommande.date.minusDays(400), d.bonDeCommande.date.minusDays(1))
                        : GenerateurScenarios.AUJOURDHUI.plusDays(1 + g.aleas().nextInt(400));
                return sur(p, k, Champ.ATTESTATION_DATE);
            }),
            demande("établissement absent de la base, d'un autre dispositif, ou au-delà de son plafond", Code.D14,
                    (s, g, p) -> {
                        int k = une(s, g);
                        DemandeGeneree d = s.demandes.get(k);
                        Scenario.Etablissement e = s.base.orElseThrow().stream()
                                .filter(x -> x.finessGeographique.equals(d.finessGeographique)).findFirst().orElseThrow();
                        switch (g.aleas().nextInt(3)) {
                            case 0 -> s.base.get().remove(e);
                            case 1 -> e.dispositifs = List.of(s.entete.dispositif.equals(GenerateurScenarios.DPI)
                                    ? GenerateurScenarios.PFI : GenerateurScenarios.DPI);
                            default -> {
                                // One cent under the order's HT: a plafond of the base is not the dispositif's.
                                s.calculer(d.bonDeCommande, d.bonDeCommande.ht.max(new BigDecimal("0.02")));
                                e.plafondHT = d.bonDeCommande.ht.subtract(UN_CENTIME);
                                return sur(p, k, Champ.BDC_HT);
                            }
                        }
                        return sur(p, k, Champ.FINESS_GEOGRAPHIQUE);
                    }));

    static Stream<Arguments> mutations() {
        return MUTATIONS.stream().flatMap(m -> cas(12, m.soldeSeulement() ? new String[]{"SOLDE"}
                : TYPES.toArray(String[]::new))
                .filter(c -> m.code() != Code.D13 || c.plan().decrit(Champ.ATTESTATION_DATE))
                .map(c -> Arguments.of(m, c)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("mutations")
    void uneMutationEstVueParSonEtape(Mutation mutation, Cas cas) {
        GenerateurScenarios g = new GenerateurScenarios(cas.graine());
        Scenario s = g.scenario(cas.type(), cas.taux(), 2, 8, mutation.code() == Code.D14 || cas.graine() % 3 == 0);
        Cible cible = mutation.application().appliquer(s, g, cas.plan());

        Resultat r = s.simuler(cas.plan());

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.etape()).isEqualTo(mutation.etape());
        if (mutation.etape() != Etape.DEMANDES) {
            assertThat(r.erreurs()).extracting(Erreur::code).contains(mutation.code());
            return;
        }
        assertThat(r.erreurs()).isEmpty();
        assertThat(cible.demandes()).containsAll(r.anomalies().keySet());
        int premiere = cas.plan().indexDe(cible.chemin());
        assertThat(r.anomalies().get(premiere))
                .filteredOn(e -> e.code() == mutation.code())
                .extracting(Erreur::chemin)
                .containsExactly(cible.chemin());
    }

    // ---- no input breaks the engine ----

    private static void jamaisInterne(Cas cas, byte[] octets) {
        Invariants.jamaisInterne(new GenerateurScenarios(cas.graine()).scenario(cas.type(), cas.taux(), 1, 1, false)
                .simuler(octets));
    }

    static Stream<Cas> quelconques() {
        return cas(150, "AVANCE", "SOLDE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quelconques")
    void desOctetsQuelconques(Cas cas) {
        Random a = new Random(cas.graine());
        byte[] octets = new byte[a.nextInt(4097)];
        a.nextBytes(octets);
        jamaisInterne(cas, octets);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quelconques")
    void duTexteQuelconque(Cas cas) {
        GenerateurScenarios g = new GenerateurScenarios(cas.graine());
        jamaisInterne(cas, g.texteLibre(0, 2048).getBytes(StandardCharsets.UTF_8));
    }

    private static final List<String> ATOMES = List.of("{", "}", "[", "]", ",", ":", "\"siret\"", "\"demandes\"",
            "\"montantHT\"", "\"idDemande\"", "\"facture\"", "\"attestation\"", "1e999999", "-0.0", "100.10", "null",
            "true", "\"\\u0000\"", "\"\\ud800\"", "\"2025-02-30\"", "12345678901234567890123", " ", "\n", "\uFEFF",
            "\"é\"", "\"SONS-V2-DEMO-DPI\"", "\"HOP-DPI-VA2\"", "\"95260181590833\"");

    static Stream<Cas> presqueJson() {
        return cas(250, "AVANCE", "SOLDE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presqueJson")
    void duPresqueJson(Cas cas) {
        Random a = new Random(cas.graine());
        StringBuilder texte = new StringBuilder();
        for (int i = a.nextInt(201); i > 0; i--) {
            texte.append(ATOMES.get(a.nextInt(ATOMES.size())));
        }
        jamaisInterne(cas, texte.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Cas> valideMuteAuHasard() {
        return cas(60, "AVANCE", "SOLDE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valideMuteAuHasard")
    void unFichierValideMuteAuHasard(Cas cas) {
        GenerateurScenarios g = new GenerateurScenarios(cas.graine());
        byte[] o = g.scenario(cas.type(), cas.taux(), 1, 12, false).octets(cas.plan());
        int position = g.aleas().nextInt(o.length);
        for (int i = 1 + g.aleas().nextInt(8); i > 0; i--) {
            o[(position + i * 31) % o.length] = (byte) g.aleas().nextInt(256);
        }
        jamaisInterne(cas, o);
    }
}
