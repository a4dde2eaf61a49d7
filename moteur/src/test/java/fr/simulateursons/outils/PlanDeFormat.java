package fr.simulateursons.outils;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.pack.SourcePack;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each field of a file lives in one format pack, and how the pack writes dates, amounts and prestations:
 * what the generated scenarios need to be written in a format. {@link #VAGUE2} is the bundled pack, its pointers
 * those of the bundled manifest (spec §6) plus the fields only its schema names; {@link #ESSAI} the test pack
 * that differs from it in every way §6 allows. Every property runs on both.
 */
public record PlanDeFormat(String nom, SourcePack format, String demandes, Map<Champ, String> pointeurs,
                           Function<LocalDate, JsonNode> date, Function<BigDecimal, JsonNode> montant,
                           Function<String, String> prestation, JsonNode montantDAutreType) {

    /** The fields a generated file carries; the header's are read from the root, the others from a demande. */
    public enum Champ {
        SIRET_FOURNISSEUR, NUMERO_REFERENCEMENT, DISPOSITIF,
        ID_DEMANDE, PRESTATION, FINESS_JURIDIQUE, FINESS_GEOGRAPHIQUE, SIRET, RAISON_SOCIALE,
        BDC_NUMERO, BDC_DATE, BDC_HT, BDC_TVA, BDC_TTC,
        FACTURE_NUMERO, FACTURE_DATE, FACTURE_HT, FACTURE_TVA, FACTURE_TTC,
        ATTESTATION_TYPE, ATTESTATION_DATE
    }

    public static final PlanDeFormat VAGUE2 = new PlanDeFormat("vague2", SourcePack.embarque(), "/demandes", vague2(),
            d -> JsonStrict.MAPPER.getNodeFactory().stringNode(d.toString()),
            m -> JsonStrict.MAPPER.getNodeFactory().numberNode(m), p -> p,
            JsonStrict.MAPPER.getNodeFactory().stringNode("100"));

    /**
     * The bundled layout with amounts written as text ({@code packs/montants-texte}), each with a comma or a dot as
     * its cents fall: one file mixes both marks, as a vendor's export may.
     */
    public static final PlanDeFormat MONTANTS_TEXTE = new PlanDeFormat("montants-texte",
            SourcePack.dossier(Fixtures.MODULE.resolve("src/test/resources/packs/montants-texte")), "/demandes", vague2(),
            d -> JsonStrict.MAPPER.getNodeFactory().stringNode(d.toString()),
            m -> JsonStrict.MAPPER.getNodeFactory().stringNode(m.toPlainString()
                    .replace('.', m.unscaledValue().testBit(0) ? ',' : '.')),
            p -> p, JsonStrict.MAPPER.getNodeFactory().numberNode(100));

    /** The essai pack ({@code packs/essai}): other names and nesting, V2/V1V2, JJ/MM/AAAA, amounts as text, no attestation. */
    public static final PlanDeFormat ESSAI = new PlanDeFormat("essai", Fixtures.PACK_ESSAI, "/dossier/lignes", essai(),
            d -> JsonStrict.MAPPER.getNodeFactory().stringNode(String.format("%02d/%02d/%04d", d.getDayOfMonth(),
                    d.getMonthValue(), d.getYear())),
            m -> JsonStrict.MAPPER.getNodeFactory().stringNode(m.toPlainString().replace('.', ',')),
            p -> Map.of("VA2", "V2", "VA1_VA2", "V1V2").getOrDefault(p, p),
            JsonStrict.MAPPER.getNodeFactory().numberNode(100));

    private static Map<Champ, String> vague2() {
        Map<Champ, String> p = new EnumMap<>(Champ.class);
        p.put(Champ.SIRET_FOURNISSEUR, "/siret");
        p.put(Champ.NUMERO_REFERENCEMENT, "/numeroReferencement");
        p.put(Champ.DISPOSITIF, "/dispositif");
        p.put(Champ.ID_DEMANDE, "/idDemande");
        p.put(Champ.PRESTATION, "/prestation");
        p.put(Champ.FINESS_JURIDIQUE, "/beneficiaire/finessJuridique");
        p.put(Champ.FINESS_GEOGRAPHIQUE, "/beneficiaire/finessGeographique");
        p.put(Champ.SIRET, "/beneficiaire/siret");
        p.put(Champ.RAISON_SOCIALE, "/beneficiaire/raisonSociale");
        p.put(Champ.BDC_NUMERO, "/bonDeCommande/numero");
        p.put(Champ.BDC_DATE, "/bonDeCommande/dateSignature");
        p.put(Champ.BDC_HT, "/bonDeCommande/montantHT");
        p.put(Champ.BDC_TVA, "/bonDeCommande/montantTVA");
        p.put(Champ.BDC_TTC, "/bonDeCommande/montantTTC");
        p.put(Champ.FACTURE_NUMERO, "/facture/numero");
        p.put(Champ.FACTURE_DATE, "/facture/date");
        p.put(Champ.FACTURE_HT, "/facture/montantHT");
        p.put(Champ.FACTURE_TVA, "/facture/montantTVA");
        p.put(Champ.FACTURE_TTC, "/facture/montantTTC");
        p.put(Champ.ATTESTATION_TYPE, "/attestation/type");
        p.put(Champ.ATTESTATION_DATE, "/attestation/date");
        return Map.copyOf(p);
    }

    private static Map<Champ, String> essai() {
        Map<Champ, String> p = new EnumMap<>(Champ.class);
        p.put(Champ.SIRET_FOURNISSEUR, "/fournisseur/siret");
        p.put(Champ.NUMERO_REFERENCEMENT, "/fournisseur/referencement");
        p.put(Champ.DISPOSITIF, "/programme");
        p.put(Champ.ID_DEMANDE, "/reference");
        p.put(Champ.PRESTATION, "/offre");
        p.put(Champ.FINESS_JURIDIQUE, "/etablissement/finess/ej");
        p.put(Champ.FINESS_GEOGRAPHIQUE, "/etablissement/finess/et");
        p.put(Champ.SIRET, "/etablissement/siretEtablissement");
        p.put(Champ.RAISON_SOCIALE, "/etablissement/nom");
        p.put(Champ.BDC_NUMERO, "/commande/numero");
        p.put(Champ.BDC_DATE, "/commande/signeeLe");
        p.put(Champ.BDC_HT, "/commande/ht");
        p.put(Champ.BDC_TVA, "/commande/tva");
        p.put(Champ.BDC_TTC, "/commande/ttc");
        p.put(Champ.FACTURE_NUMERO, "/facturation/numero");
        p.put(Champ.FACTURE_DATE, "/facturation/emiseLe");
        p.put(Champ.FACTURE_HT, "/facturation/ht");
        p.put(Champ.FACTURE_TVA, "/facturation/tva");
        p.put(Champ.FACTURE_TTC, "/facturation/ttc");
        return Map.copyOf(p);
    }

    /** Whether the pack has a place for this field (the essai pack has no attestation). */
    public boolean decrit(Champ champ) {
        return pointeurs.containsKey(champ);
    }

    /** The index of the demande a chemin of this plan names. */
    public int indexDe(String chemin) {
        return Integer.parseInt(chemin.substring(demandes.length() + 1).split("/")[0]);
    }

    public String pointeur(Champ champ) {
        return pointeurs.get(champ);
    }

    /** The pointer of a field of the demande at {@code index}, as an anomaly's {@code chemin} gives it. */
    public String chemin(int index, Champ champ) {
        return demandes + "/" + index + pointeur(champ);
    }

    /** Removes what {@code pointeur} names under {@code objet}. */
    public static void retirer(ObjectNode objet, String pointeur) {
        JsonPointer p = JsonPointer.compile(pointeur);
        ((ObjectNode) objet.at(p.head())).remove(p.last().getMatchingProperty());
    }

    /**
     * Writes {@code valeur} at {@code pointeur} under {@code objet}, creating the objects on the way (an array
     * on the way must hold the index).
     */
    public static void ecrire(ObjectNode objet, String pointeur, JsonNode valeur) {
        if (pointeur == null) {
            return;
        }
        JsonPointer p = JsonPointer.compile(pointeur);
        JsonNode parent = objet.at(p.head());
        if (parent.isMissingNode()) {
            ecrire(objet, p.head().toString(), objet.objectNode());
            parent = objet.at(p.head());
        }
        ((ObjectNode) parent).set(p.last().getMatchingProperty(), valeur);
    }
}
