package fr.simulateursons.outils;

import fr.simulateursons.outils.Scenario.DemandeGeneree;
import fr.simulateursons.outils.Scenario.Entete;
import fr.simulateursons.outils.Scenario.Etablissement;
import fr.simulateursons.outils.Scenario.Piece;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Random scenarios that the engine must accept, from a seed (the same seed gives the same scenario): every
 * solution and dispositif of the bundled demo résources, both types de demande, any admitted rate, keys of
 * every kind (Luhn, La Poste, Corsican FINESS), free texts from every Unicode plane, dates anywhere the rules
 * allow, amounts up to the plafonds, TVA ties that only half-up rounding resolves, and an eligibility base
 * when asked.
 */
public final class GenerateurScenarios {

    /** The rates of the spec, as the portal writes them. */
    public static final List<String> TAUX = List.of("0", "2.1", "5.5", "8.5", "10", "20");
    /** The day of the simulation in the tests: {@code Fixtures.APRES_LES_EXEMPLES}. */
    public static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 26);
    public static final LocalDate PREMIERE_SIGNATURE = LocalDate.of(2024, 1, 1);
    public static final BigDecimal PLAFOND_VA2 = new BigDecimal("150000.00");
    public static final BigDecimal PLAFOND_VA1_VA2 = new BigDecimal("250000.00");
    public static final String DPI = "HOP-DPI-VA2";
    public static final String PFI = "HOP-PFI-VA2";

    private static final LocalDate LIMITE_DPI = LocalDate.of(2025, 12, 17);
    private static final LocalDate LIMITE_PFI = LocalDate.of(2025, 9, 17);
    private static final String SIREN_LA_POSTE = "356000000";
    private static final String TEXTE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'\"\\/.,;:!?&()\t"
            + "éèêëàâäîïôöùûüçÉÈÀÇœŒæ€°§«»’–—…";
    private static final int[] PLANS = {0x3B1, 0x416, 0x5D0, 0x627, 0x915, 0xE01, 0x3042, 0x4E2D, 0xAC00, 0x1F600,
            0x1D11E, 0x20000, 0x10FFFD, 0x2028, 0xFEFF, 0x0};

    private final Random aleas;

    public GenerateurScenarios(long graine) {
        this.aleas = new Random(graine);
    }

    public Random aleas() {
        return aleas;
    }

    public Scenario scenario(String type, String taux, int minDemandes, int maxDemandes, boolean avecBase) {
        Entete e = entete();
        BigDecimal t = new BigDecimal(taux);
        int n = minDemandes + aleas.nextInt(maxDemandes - minDemandes + 1);
        Scenario s = new Scenario(type, t, e, new ArrayList<>(), Optional.empty());
        Set<String> ids = new HashSet<>();
        Set<String> finess = new HashSet<>();
        for (int i = 0; i < n; i++) {
            s.demandes.add(demande(s, ids, finess));
        }
        if (avecBase) {
            s.base = Optional.of(base(s));
        }
        return s;
    }

    private Entete entete() {
        Entete e = new Entete();
        switch (aleas.nextInt(4)) {
            case 0 -> solution(e, "SONS-V2-DEMO-DPI", "95260181590833", DPI, LIMITE_DPI);
            case 1 -> solution(e, "SONS-V2-DEMO-PFI", "90166131860918", PFI, LIMITE_PFI);
            case 2 -> solution(e, "SONS-V2-DEMO-HOP", "93909960308245", DPI, LIMITE_DPI);
            default -> solution(e, "SONS-V2-DEMO-HOP", "93909960308245", PFI, LIMITE_PFI);
        }
        return e;
    }

    private static void solution(Entete e, String numeroAns, String siret, String dispositif, LocalDate limite) {
        e.numeroAns = numeroAns;
        e.numeroReferencement = numeroAns;
        e.siret = siret;
        e.dispositif = dispositif;
        e.dateLimite = limite;
    }

    private DemandeGeneree demande(Scenario s, Set<String> ids, Set<String> finess) {
        DemandeGeneree d = new DemandeGeneree();
        do {
            d.idDemande = texte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 1, 50);
        } while (!ids.add(d.idDemande));
        d.prestation = aleas.nextBoolean() ? "VA2" : "VA1_VA2";
        d.finessJuridique = finess();
        do {
            d.finessGeographique = finess();
        } while (!finess.add(d.finessGeographique));
        d.siret = siret();
        d.raisonSociale = texteLibre(1, 200);
        d.bonDeCommande = new Piece();
        d.bonDeCommande.numero = texteLibre(1, 50);
        d.bonDeCommande.date = entre(PREMIERE_SIGNATURE, s.entete.dateLimite);
        s.calculer(d.bonDeCommande, montant(s, plafond(d.prestation)));
        if (s.solde()) {
            d.facture = new Piece();
            d.facture.numero = texteLibre(1, 50);
            d.facture.date = entre(d.bonDeCommande.date, AUJOURDHUI);
            s.calculer(d.facture, aleas.nextInt(4) == 0 ? d.bonDeCommande.ht : montant(s, d.bonDeCommande.ht));
            d.typeAttestation = aleas.nextBoolean() ? "VA" : "MOM";
            d.dateAttestation = entre(d.bonDeCommande.date, AUJOURDHUI);
        }
        return d;
    }

    /** Every establishment of the file, listed for the file's dispositif, some with a plafond of their own. */
    private List<Etablissement> base(Scenario s) {
        List<Etablissement> base = new ArrayList<>();
        for (DemandeGeneree d : s.demandes) {
            Etablissement e = new Etablissement();
            e.finessGeographique = d.finessGeographique;
            e.dispositifs = aleas.nextBoolean() ? List.of(s.entete.dispositif) : List.of(PFI, DPI);
            if (aleas.nextBoolean()) {
                e.plafondHT = d.bonDeCommande.ht.add(BigDecimal.valueOf(aleas.nextInt(100_000), 2));
            }
            base.add(e);
        }
        return base;
    }

    public static BigDecimal plafond(String prestation) {
        return prestation.equals("VA2") ? PLAFOND_VA2 : PLAFOND_VA1_VA2;
    }

    /**
     * An amount in ]0, max]: uniform in cents, or (one time in three) the nearest one above whose TVA falls on
     * half a cent, which only half-up rounding resolves.
     */
    public BigDecimal montant(Scenario s, BigDecimal max) {
        long plafond = max.movePointRight(2).longValueExact();
        long centimes = 1 + (long) (aleas.nextDouble() * plafond);
        if (aleas.nextInt(3) == 0) {
            long dixiemes = s.taux.movePointRight(1).longValueExact();
            for (long c = centimes; c <= plafond && c < centimes + 2000; c++) {
                if (c * dixiemes % 1000 == 500) {
                    centimes = c;
                    break;
                }
            }
        }
        BigDecimal m = BigDecimal.valueOf(Math.min(centimes, plafond), 2);
        // The file may write 120000.00 as 1.2E+5 or 120000: the rules judge values, not text.
        return aleas.nextInt(4) == 0 ? m.stripTrailingZeros() : m;
    }

    public LocalDate entre(LocalDate debut, LocalDate fin) {
        return debut.plusDays(aleas.nextInt((int) ChronoUnit.DAYS.between(debut, fin) + 1));
    }

    /** A FINESS whose key passes: 9 digits with a Luhn key, or (one in eight) a Corsican one. */
    public String finess() {
        if (aleas.nextInt(8) == 0) {
            return (aleas.nextBoolean() ? "2A" : "2B") + chiffres(7);
        }
        return GenerateurDemandes.avecCle(chiffres(8));
    }

    /** A FINESS of 9 digits whose Luhn key is wrong. */
    public String finessInvalide() {
        return sansCle(chiffres(8));
    }

    /** A SIRET whose key passes: 14 digits with a Luhn key, or (one in eight) La Poste's digit sum. */
    public String siret() {
        if (aleas.nextInt(8) == 0) {
            String debut = SIREN_LA_POSTE + chiffres(4);
            int somme = debut.chars().map(c -> c - '0').sum();
            return debut + (5 - somme % 5) % 5;
        }
        return GenerateurDemandes.avecCle(chiffres(13));
    }

    /** A SIRET of 14 digits that is neither Luhn-valid nor La Poste's. */
    public String siretInvalide() {
        return sansCle("9" + chiffres(12));
    }

    private static String sansCle(String debut) {
        String valide = GenerateurDemandes.avecCle(debut);
        return debut + (valide.charAt(valide.length() - 1) - '0' + 1) % 10;
    }

    private String chiffres(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + aleas.nextInt(10)));
        }
        return s.toString();
    }

    private String texte(String alphabet, int min, int max) {
        int n = min + aleas.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(aleas.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** Between {@code min} and {@code max} code points, mostly French, some from other planes, NUL included. */
    public String texteLibre(int min, int max) {
        int n = min + aleas.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            if (aleas.nextInt(10) == 0) {
                s.appendCodePoint(PLANS[aleas.nextInt(PLANS.length)]);
            } else {
                s.append(TEXTE.charAt(aleas.nextInt(TEXTE.length())));
            }
        }
        return s.toString();
    }
}
