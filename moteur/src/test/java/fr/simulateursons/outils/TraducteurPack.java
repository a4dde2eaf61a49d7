package fr.simulateursons.outils;

import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a file of the bundled format in the test pack {@code packs/essai} (other names, other nesting,
 * prestations {@code V2}/{@code V1V2}, dates {@code JJ/MM/AAAA}, amounts as text with a comma, no attestation),
 * and a chemin of the one as the other — an independent statement of what the essai pack's {@code format.json}
 * says, so that the same fixtures can be judged through both packs. What the table does not know (an unexpected
 * property, a value of the wrong type) is carried over as it is, under its container's new name.
 */
public final class TraducteurPack {

    public static final String DOSSIER = "packs/essai";

    private static final Map<String, String> ENTETE = table(
            "/siret", "/fournisseur/siret",
            "/numeroReferencement", "/fournisseur/referencement",
            "/dispositif", "/programme",
            "/demandes", "/dossier/lignes");

    /** Relative to a demande; containers after their members, so that the longest prefix wins. */
    private static final Map<String, String> DEMANDE = table(
            "/idDemande", "/reference",
            "/prestation", "/offre",
            "/beneficiaire/finessJuridique", "/etablissement/finess/ej",
            "/beneficiaire/finessGeographique", "/etablissement/finess/et",
            "/beneficiaire/siret", "/etablissement/siretEtablissement",
            "/beneficiaire/raisonSociale", "/etablissement/nom",
            "/beneficiaire", "/etablissement",
            "/bonDeCommande/dateSignature", "/commande/signeeLe",
            "/bonDeCommande/montantHT", "/commande/ht",
            "/bonDeCommande/montantTVA", "/commande/tva",
            "/bonDeCommande/montantTTC", "/commande/ttc",
            "/bonDeCommande", "/commande",
            "/facture/date", "/facturation/emiseLe",
            "/facture/montantHT", "/facturation/ht",
            "/facture/montantTVA", "/facturation/tva",
            "/facture/montantTTC", "/facturation/ttc",
            "/facture", "/facturation");

    private static final Map<String, String> PRESTATIONS = Map.of("VA2", "V2", "VA1_VA2", "V1V2");
    private static final Pattern DATE_ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    private TraducteurPack() {
    }

    private static Map<String, String> table(String... paires) {
        Map<String, String> t = new LinkedHashMap<>();
        for (int i = 0; i < paires.length; i += 2) {
            t.put(paires[i], paires[i + 1]);
        }
        return t;
    }

    public static byte[] traduire(byte[] bundled) {
        JsonNode source = JsonStrict.MAPPER.readTree(bundled);
        ObjectNode cible = JsonStrict.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> e : source.properties()) {
            String p = "/" + e.getKey();
            if (p.equals("/demandes") && e.getValue().isArray()) {
                ArrayNode lignes = JsonStrict.MAPPER.createArrayNode();
                e.getValue().forEach(d -> lignes.add(d.isObject() ? demande(d) : d));
                poser(cible, ENTETE.get(p), lignes);
            } else {
                poser(cible, ENTETE.getOrDefault(p, p), e.getValue());
            }
        }
        return JsonStrict.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(cible);
    }

    private static JsonNode demande(JsonNode d) {
        if (d.isEmpty()) {
            return d;
        }
        ObjectNode cible = JsonStrict.MAPPER.createObjectNode();
        copier(d, "", cible);
        return cible;
    }

    /** Every leaf (and every value that is not an object) moves to its new place; the attestation has none. */
    private static void copier(JsonNode n, String chemin, ObjectNode cible) {
        if (chemin.equals("/attestation")) {
            return;
        }
        boolean feuille = DEMANDE.containsKey(chemin) && !conteneur(chemin);
        if (n.isObject() && !feuille && !n.isEmpty()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                copier(e.getValue(), chemin + "/" + e.getKey(), cible);
            }
            return;
        }
        poser(cible, relatif(chemin), valeur(chemin, n));
    }

    private static boolean conteneur(String chemin) {
        return DEMANDE.keySet().stream().anyMatch(k -> k.startsWith(chemin + "/"));
    }

    private static JsonNode valeur(String chemin, JsonNode n) {
        String nom = chemin.substring(chemin.lastIndexOf('/') + 1);
        if (nom.startsWith("montant") && n.isNumber()) {
            return JsonStrict.MAPPER.getNodeFactory().stringNode(texte(n.decimalValue()));
        }
        if (nom.startsWith("montant") && n.isString()) {
            // An amount of the wrong type stays of the wrong type: a text there, something else here.
            return JsonStrict.MAPPER.getNodeFactory().booleanNode(true);
        }
        if ((nom.equals("date") || nom.equals("dateSignature")) && n.isString()) {
            var m = DATE_ISO.matcher(n.asString());
            if (m.matches()) {
                return JsonStrict.MAPPER.getNodeFactory().stringNode(m.group(3) + "/" + m.group(2) + "/" + m.group(1));
            }
        }
        if (nom.equals("prestation") && n.isString() && PRESTATIONS.containsKey(n.asString())) {
            return JsonStrict.MAPPER.getNodeFactory().stringNode(PRESTATIONS.get(n.asString()));
        }
        return n;
    }

    /** {@code 98765.43} → {@code 98765,43}; an integer keeps no decimals. */
    private static String texte(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }

    /**
     * An {@code attendu} of the bundled format as the essai pack writes it, in the file's own form: an amount with a
     * decimal comma ({@code 19753.09} → {@code 19753,09}), a date {@code JJ/MM/AAAA}; anything else as is.
     */
    public static String attendu(String bundled) {
        if (bundled == null) {
            return null;
        }
        var date = DATE_ISO.matcher(bundled);
        if (date.matches()) {
            return date.group(3) + "/" + date.group(2) + "/" + date.group(1);
        }
        return bundled.matches("[0-9]+\\.[0-9]{2}") ? bundled.replace('.', ',') : bundled;
    }

    /** A chemin of the bundled format as the essai pack's. */
    public static String chemin(String bundled) {
        if (bundled.equals("/demandes") || bundled.startsWith("/demandes/")) {
            String reste = bundled.substring("/demandes".length());
            if (reste.isEmpty()) {
                return ENTETE.get("/demandes");
            }
            int fin = reste.indexOf('/', 1);
            String index = fin < 0 ? reste : reste.substring(0, fin);
            return ENTETE.get("/demandes") + index + (fin < 0 ? "" : relatif(reste.substring(fin)));
        }
        return ENTETE.getOrDefault(bundled, bundled);
    }

    /** Relative to a demande: the longest known prefix replaced. */
    private static String relatif(String chemin) {
        String meilleur = null;
        for (String k : DEMANDE.keySet()) {
            if ((chemin.equals(k) || chemin.startsWith(k + "/")) && (meilleur == null || k.length() > meilleur.length())) {
                meilleur = k;
            }
        }
        return meilleur == null ? chemin : DEMANDE.get(meilleur) + chemin.substring(meilleur.length());
    }

    private static void poser(ObjectNode racine, String pointeur, JsonNode valeur) {
        JsonPointer p = JsonPointer.compile(pointeur);
        ObjectNode o = racine;
        for (; !p.tail().matches(); p = p.tail()) {
            String nom = p.getMatchingProperty();
            if (!(o.get(nom) instanceof ObjectNode)) {
                o.set(nom, JsonStrict.MAPPER.createObjectNode());
            }
            o = (ObjectNode) o.get(nom);
        }
        o.set(p.getMatchingProperty(), valeur);
    }
}
