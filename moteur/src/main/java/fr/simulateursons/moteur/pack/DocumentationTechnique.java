package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.rapports.Textes;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etape;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The <i>documentation technique</i> of a pack (spec §6) as one self-contained HTML page: for each type de
 * demande, every balise (pointer, type, required, pattern or values, description, the rules that read it), the
 * value forms and prestations, the codes and messages of §3 that apply, and the example.
 */
final class DocumentationTechnique {

    private static final int PROFONDEUR_MAX = 64;

    private DocumentationTechnique() {
    }

    /** One balise of a schema. {@code pointeur} uses {@code *} for "each item of the array". */
    record Balise(String pointeur, String nom, String type, boolean requise, String contrainte, String description) {
    }

    /** @param catalogue the catalogue {@code format} was chosen in; its calendar is written when it holds several packs */
    static String html(Pack format, Catalogue catalogue) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>Documentation technique du format SONS ")
                .append(Textes.html(format.version())).append("</title>\n<style>\n").append(Textes.STYLE_DOCUMENTATION).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Documentation technique du format SONS</h1>\n<p class=\"version\">Pack <strong>")
                .append(Textes.html(format.version())).append("</strong></p>\n");
        if (format.manifeste().description() != null) {
            h.append("<p>").append(Textes.html(format.manifeste().description())).append("</p>\n");
        }
        h.append("<h2>Formes des valeurs</h2>\n<ul>\n<li>Dates : chaîne <code>").append(Textes.html(format.formeDate().nom()))
                .append("</code>, un jour réel du calendrier.</li>\n<li>Montants : ")
                .append(format.formeMontant() == FormeMontant.NOMBRE
                        ? "nombre JSON, en euros, positif ou nul, au plus deux décimales."
                        : "chaîne de chiffres, en euros, avec <code>,</code> ou <code>.</code> avant au plus deux décimales (<code>\"12345,67\"</code>).")
                .append("</li>\n</ul>\n");
        h.append("<table>\n<caption>Valeurs de prestation et plafonds</caption>\n<thead><tr><th scope=\"col\">Valeur dans le fichier</th>"
                + "<th scope=\"col\">Clé de plafond des dispositifs</th></tr></thead>\n<tbody>\n");
        format.manifeste().prestations().forEach((v, cle) -> h.append("<tr><td><code>").append(Textes.html(v))
                .append("</code></td><td><code>").append(Textes.html(cle)).append("</code></td></tr>\n"));
        h.append("</tbody>\n</table>\n");

        if (catalogue.packs().size() > 1) {
            h.append(CalendrierCatalogue.html(catalogue));
        }
        Map<String, Set<String>> regles = reglesParPointeur(format);
        for (String type : format.types().keySet()) {
            Pack.ParType t = format.type(type);
            h.append("<section>\n<h2>Demandes ").append(type.equals("AVANCE") ? "d'avance" : "de solde")
                    .append(" (").append(type).append(")</h2>\n<p>Schéma : <code>").append(Textes.html(t.fichierSchema()))
                    .append("</code>.</p>\n<table>\n<caption>Balises du type ").append(type)
                    .append("</caption>\n<thead><tr><th scope=\"col\">Pointeur</th><th scope=\"col\">Type</th>"
                            + "<th scope=\"col\">Obligatoire</th><th scope=\"col\">Format ou valeurs</th>"
                            + "<th scope=\"col\">Description</th><th scope=\"col\">Contrôles</th></tr></thead>\n<tbody>\n");
            for (Balise b : balises(t.schemaJson())) {
                h.append("<tr><th scope=\"row\"><code>").append(Textes.html(b.pointeur())).append("</code></th><td>")
                        .append(Textes.html(b.type())).append("</td><td>").append(b.requise() ? "oui" : "non").append("</td><td>")
                        .append(Textes.html(b.contrainte())).append("</td><td>").append(Textes.html(b.description())).append("</td><td>")
                        .append(Textes.html(String.join(", ", regles.getOrDefault(b.pointeur(), Set.of())))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n<h3>Exemple</h3>\n<pre>").append(Textes.html(new String(t.exemple(), StandardCharsets.UTF_8)))
                    .append("</pre>\n</section>\n");
        }

        h.append("<section>\n<h2>Codes et messages</h2>\n<table>\n<caption>Les contrôles du simulateur et leurs messages exacts</caption>\n"
                + "<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Étape</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
        Map<Code, String> eteints = eteints(format);
        for (Code c : Code.values()) {
            if (c.etape() == null || c.etape() == Etape.PARAMETRES) {
                continue;
            }
            h.append("<tr><th scope=\"row\">").append(c.name()).append("</th><td>").append(c.etape()).append("</td><td>")
                    .append(Textes.html(c.libelle(placeholders(c)))).append(eteints.containsKey(c)
                            ? " <em>(ne s'applique pas : ce pack ne décrit pas " + eteints.get(c) + ")</em>" : "")
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The rules the pack's pointers feed, by the pointer as the balise table writes it. */
    private static Map<String, Set<String>> reglesParPointeur(Pack f) {
        Map<String, Set<String>> r = new LinkedHashMap<>();
        Manifeste.Entete en = f.entete();
        lu(r, en.siret().texte(), "E01", "E03");
        lu(r, en.numeroReferencement().texte(), "E02");
        lu(r, en.dispositif().texte(), "E04", "D06", "D10");
        String d = f.demandes().texte() + "/*";
        Manifeste.Demande dm = f.demande();
        lu(r, d + dm.idDemande().texte(), "D01");
        lu(r, d + dm.prestation().texte(), "D05", "D06");
        lu(r, d + dm.finessJuridique().texte(), "D03");
        lu(r, d + dm.finessGeographique().texte(), "D04", "D05", "D14");
        lu(r, d + dm.siret().texte(), "D02");
        Manifeste.Montants b = dm.bonDeCommande();
        lu(r, d + b.date().texte(), "D09", "D10", "D11", "D13");
        lu(r, d + b.montantHT().texte(), "D06", "D07", "D08", "D12", "D14");
        lu(r, d + b.montantTVA().texte(), "D07");
        lu(r, d + b.montantTTC().texte(), "D08");
        dm.factureDecrite().ifPresent(fa -> {
            lu(r, d + fa.date().texte(), "D11");
            lu(r, d + fa.montantHT().texte(), "D07", "D08", "D12");
            lu(r, d + fa.montantTVA().texte(), "D07");
            lu(r, d + fa.montantTTC().texte(), "D08");
        });
        dm.attestationDecrite().map(Pointeur::texte).ifPresent(a -> lu(r, d + a, "D13"));
        return r;
    }

    private static void lu(Map<String, Set<String>> r, String pointeur, String... codes) {
        r.computeIfAbsent(pointeur, k -> new TreeSet<>()).addAll(List.of(codes));
    }

    /** The rules a pack without invoice or attestation turns off, and what it lacks. */
    private static Map<Code, String> eteints(Pack f) {
        Map<Code, String> e = new LinkedHashMap<>();
        if (f.demande().factureDecrite().isEmpty()) {
            e.put(Code.D11, "de facture");
            e.put(Code.D12, "de facture");
        }
        if (f.demande().attestationDecrite().isEmpty()) {
            e.put(Code.D13, "d'attestation");
        }
        return e;
    }

    /** {@code <x>}, {@code <y>}… where the message takes values, as the spec writes them. */
    private static Object[] placeholders(Code c) {
        Object[] v = new Object[4];
        for (int i = 0; i < v.length; i++) {
            v[i] = "<" + (char) ('x' + i) + ">";
        }
        return v;
    }

    static List<Balise> balises(JsonNode racine) {
        List<Balise> b = new ArrayList<>();
        parcourir(racine, List.of(racine), "", true, b, 0);
        return b;
    }

    private static void parcourir(JsonNode racine, List<JsonNode> schemas, String pointeur, boolean requise,
                                  List<Balise> b, int profondeur) {
        if (profondeur > PROFONDEUR_MAX) {
            return;
        }
        if (!pointeur.isEmpty()) {
            b.add(new Balise(pointeur, pointeur.substring(pointeur.lastIndexOf('/') + 1), type(racine, schemas),
                    requise, contrainte(racine, schemas),
                    NavigationSchema.mot(racine, schemas, "description").map(JsonNode::asString).orElse("")));
        }
        Set<String> requises = NavigationSchema.requises(racine, schemas);
        NavigationSchema.proprietes(racine, schemas).forEach((nom, l) -> parcourir(racine, l, pointeur + "/" + nom, requises.contains(nom), b, profondeur + 1));
        List<JsonNode> items = NavigationSchema.items(racine, schemas);
        if (!items.isEmpty()) {
            parcourir(racine, items, pointeur + "/*", true, b, profondeur + 1);
            b.removeIf(x -> x.pointeur().equals(pointeur + "/*") && x.type().equals("objet"));
        }
    }

    private static String type(JsonNode racine, List<JsonNode> schemas) {
        return NavigationSchema.mot(racine, schemas, "type").map(t -> TypesJson.nom(t.asString()))
                .orElse(NavigationSchema.mot(racine, schemas, "enum").isPresent() ? "valeur parmi une liste" : "");
    }

    private static String contrainte(JsonNode racine, List<JsonNode> schemas) {
        List<String> c = new ArrayList<>();
        NavigationSchema.mot(racine, schemas, "type").filter(t -> t.asString("").equals("integer"))
                .ifPresent(t -> c.add("entier"));
        NavigationSchema.mot(racine, schemas, "enum").ifPresent(v -> {
            List<String> valeurs = new ArrayList<>();
            v.forEach(x -> valeurs.add(x.isString() ? x.asString() : x.toString()));
            c.add("l'une des valeurs : " + String.join(", ", valeurs));
        });
        NavigationSchema.mot(racine, schemas, "const").ifPresent(v -> c.add("la valeur " + v));
        NavigationSchema.mot(racine, schemas, "pattern").ifPresent(v -> c.add("motif " + v.asString()));
        NavigationSchema.mot(racine, schemas, "format").ifPresent(v -> c.add("format " + v.asString()));
        NavigationSchema.mot(racine, schemas, "minLength").ifPresent(v -> c.add("au moins " + v + " caractère(s)"));
        NavigationSchema.mot(racine, schemas, "maxLength").ifPresent(v -> c.add("au plus " + v + " caractères"));
        NavigationSchema.mot(racine, schemas, "minimum").ifPresent(v -> c.add("au moins " + v.asString()));
        NavigationSchema.mot(racine, schemas, "maximum").ifPresent(v -> c.add("au plus " + v.decimalValue().toPlainString()));
        NavigationSchema.mot(racine, schemas, "multipleOf").ifPresent(v -> c.add("multiple de " + v.decimalValue().toPlainString()));
        NavigationSchema.mot(racine, schemas, "minItems").ifPresent(v -> c.add("au moins " + v + " élément(s)"));
        return String.join(" ; ", c);
    }


}
