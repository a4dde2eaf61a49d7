package fr.simulateursons.outils;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.PlanDeFormat.Champ;
import fr.simulateursons.moteur.ressources.SourceRessource;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One simulation as data: its parameters, the file's content as fields (not yet written in any format), and
 * the base of eligible establishments when D14 is to run. Mutations change the fields, or the written tree or
 * bytes; {@link #simuler} writes the file in a format pack and runs the engine on it.
 */
public final class Scenario {

    public static final BigDecimal CENT = new BigDecimal("100");

    /** The file's header and the solution it belongs to in the bundled référentiel. */
    public static final class Entete {
        public String numeroAns;
        public String siret;
        public String numeroReferencement;
        public String dispositif;
        public LocalDate dateLimite;
    }

    /** A purchase order or an invoice: the amounts follow {@link #calculer}, dates and texts are free. */
    public static final class Piece {
        public String numero;
        public LocalDate date;
        public BigDecimal ht;
        public BigDecimal tva;
        public BigDecimal ttc;
    }

    public static final class DemandeGeneree {
        public String idDemande;
        public String prestation;
        public String finessJuridique;
        public String finessGeographique;
        public String siret;
        public String raisonSociale;
        public Piece bonDeCommande;
        public Piece facture;
        public String typeAttestation;
        public LocalDate dateAttestation;
    }

    public static final class Etablissement {
        public String finessGeographique;
        public List<String> dispositifs;
        public BigDecimal plafondHT;
    }

    public final String type;
    public final BigDecimal taux;
    public final Entete entete;
    public final List<DemandeGeneree> demandes;
    /** Empty: no base, D14 does not run. */
    public Optional<List<Etablissement>> base;
    private final List<UnaryOperator<ObjectNode>> retouchesArbre = new ArrayList<>();
    private final List<UnaryOperator<byte[]>> retouchesOctets = new ArrayList<>();

    Scenario(String type, BigDecimal taux, Entete entete, List<DemandeGeneree> demandes,
             Optional<List<Etablissement>> base) {
        this.type = type;
        this.taux = taux;
        this.entete = entete;
        this.demandes = demandes;
        this.base = base;
    }

    public boolean solde() {
        return type.equals("SOLDE");
    }

    /** D07 and D08: the TVA of {@code ht} at the scenario's rate, rounded half up, and the TTC it gives. */
    public void calculer(Piece piece, BigDecimal ht) {
        piece.ht = ht;
        piece.tva = ht.multiply(taux).divide(CENT).setScale(2, RoundingMode.HALF_UP);
        piece.ttc = ht.add(piece.tva);
    }

    public void retoucherArbre(UnaryOperator<ObjectNode> retouche) {
        retouchesArbre.add(retouche);
    }

    public void retoucherOctets(UnaryOperator<byte[]> retouche) {
        retouchesOctets.add(retouche);
    }

    public ObjectNode document(PlanDeFormat plan) {
        JsonNodeFactory n = JsonStrict.MAPPER.getNodeFactory();
        ObjectNode racine = n.objectNode();
        PlanDeFormat.ecrire(racine, plan.pointeur(Champ.SIRET_FOURNISSEUR), n.stringNode(entete.siret));
        PlanDeFormat.ecrire(racine, plan.pointeur(Champ.NUMERO_REFERENCEMENT), n.stringNode(entete.numeroReferencement));
        PlanDeFormat.ecrire(racine, plan.pointeur(Champ.DISPOSITIF), n.stringNode(entete.dispositif));
        ArrayNode tableau = n.arrayNode();
        PlanDeFormat.ecrire(racine, plan.demandes(), tableau);
        for (DemandeGeneree d : demandes) {
            ObjectNode o = tableau.addObject();
            PlanDeFormat.ecrire(o, plan.pointeur(Champ.ID_DEMANDE), n.stringNode(d.idDemande));
            PlanDeFormat.ecrire(o, plan.pointeur(Champ.PRESTATION), n.stringNode(plan.prestation().apply(d.prestation)));
            PlanDeFormat.ecrire(o, plan.pointeur(Champ.FINESS_JURIDIQUE), n.stringNode(d.finessJuridique));
            PlanDeFormat.ecrire(o, plan.pointeur(Champ.FINESS_GEOGRAPHIQUE), n.stringNode(d.finessGeographique));
            PlanDeFormat.ecrire(o, plan.pointeur(Champ.SIRET), n.stringNode(d.siret));
            PlanDeFormat.ecrire(o, plan.pointeur(Champ.RAISON_SOCIALE), n.stringNode(d.raisonSociale));
            ecrire(plan, o, d.bonDeCommande, Champ.BDC_NUMERO, Champ.BDC_DATE, Champ.BDC_HT, Champ.BDC_TVA, Champ.BDC_TTC);
            if (solde()) {
                ecrire(plan, o, d.facture, Champ.FACTURE_NUMERO, Champ.FACTURE_DATE, Champ.FACTURE_HT,
                        Champ.FACTURE_TVA, Champ.FACTURE_TTC);
                PlanDeFormat.ecrire(o, plan.pointeur(Champ.ATTESTATION_TYPE), n.stringNode(d.typeAttestation));
                PlanDeFormat.ecrire(o, plan.pointeur(Champ.ATTESTATION_DATE), plan.date().apply(d.dateAttestation));
            }
        }
        for (UnaryOperator<ObjectNode> r : retouchesArbre) {
            racine = r.apply(racine);
        }
        return racine;
    }

    private static void ecrire(PlanDeFormat plan, ObjectNode o, Piece p, Champ numero, Champ date, Champ ht, Champ tva,
                               Champ ttc) {
        PlanDeFormat.ecrire(o, plan.pointeur(numero), JsonStrict.MAPPER.getNodeFactory().stringNode(p.numero));
        PlanDeFormat.ecrire(o, plan.pointeur(date), plan.date().apply(p.date));
        PlanDeFormat.ecrire(o, plan.pointeur(ht), plan.montant().apply(p.ht));
        PlanDeFormat.ecrire(o, plan.pointeur(tva), plan.montant().apply(p.tva));
        PlanDeFormat.ecrire(o, plan.pointeur(ttc), plan.montant().apply(p.ttc));
    }

    public byte[] octets(PlanDeFormat plan) {
        byte[] o = JsonStrict.MAPPER.writeValueAsBytes(document(plan));
        for (UnaryOperator<byte[]> r : retouchesOctets) {
            o = r.apply(o);
        }
        return o;
    }

    public SourcesDeRessources ressources() {
        if (base.isEmpty()) {
            return SourcesDeRessources.defaut();
        }
        ObjectNode b = JsonStrict.MAPPER.createObjectNode().put("version", "scenario");
        ArrayNode liste = b.putArray("etablissements");
        for (Etablissement e : base.get()) {
            ObjectNode o = liste.addObject().put("finessGeographique", e.finessGeographique);
            e.dispositifs.forEach(o.putArray("dispositifs")::add);
            if (e.plafondHT != null) {
                o.put("plafondHT", e.plafondHT);
            }
        }
        byte[] contenu = JsonStrict.MAPPER.writeValueAsBytes(b);
        SourcesDeRessources d = SourcesDeRessources.defaut();
        return new SourcesDeRessources(d.referentiel(), d.dispositifs(), Optional.of(new SourceRessource(
                TypeRessource.ELIGIBILITE, "scenario:eligibilite", () -> new ByteArrayInputStream(contenu))), d.format());
    }

    public Resultat simuler(PlanDeFormat plan) {
        return simuler(octets(plan), plan);
    }

    /** The engine on these bytes with the scenario's parameters and resources, the day after the examples. */
    public Resultat simuler(byte[] octets) {
        return simuler(octets, PlanDeFormat.VAGUE2);
    }

    /** The engine on these bytes, written in {@code plan}'s pack, with the scenario's parameters and resources. */
    public Resultat simuler(byte[] octets, PlanDeFormat plan) {
        return Fixtures.simuler(octets, Fixtures.parametres(entete.numeroAns, type, taux.toPlainString()),
                Fixtures.APRES_LES_EXEMPLES, ressources().avecFormat(plan.format()));
    }
}
