package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.rapports.Textes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalogue's calendar in the technical documentation: every version and its period, then what changes from one
 * pack to the next, per type de demande — the balises added, removed, and newly required — so that a team sees
 * what the file must change on the day the next format comes into force.
 */
final class CalendrierCatalogue {

    private CalendrierCatalogue() {
    }

    static String html(Catalogue catalogue) {
        StringBuilder h = new StringBuilder("<section>\n<h2>Calendrier des formats</h2>\n<table>\n<caption>Versions du "
                + "format SONS et leurs périodes de vigueur</caption>\n<thead><tr><th scope=\"col\">Version</th>"
                + "<th scope=\"col\">En vigueur</th></tr></thead>\n<tbody>\n");
        for (Pack p : catalogue.packs()) {
            h.append("<tr><th scope=\"row\">").append(Textes.html(p.version())).append("</th><td>")
                    .append(Textes.html(Catalogues.periode(p.manifeste().periode()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        List<Pack> packs = catalogue.packs();
        for (int i = 1; i < packs.size(); i++) {
            h.append("<h3>De ").append(Textes.html(packs.get(i - 1).version())).append(" à ")
                    .append(Textes.html(packs.get(i).version())).append("</h3>\n<ul>\n");
            List<String> changements = changements(packs.get(i - 1), packs.get(i));
            if (changements.isEmpty()) {
                h.append("<li>Aucune balise ajoutée, retirée ou devenue obligatoire.</li>\n");
            }
            changements.forEach(c -> h.append("<li>").append(Textes.html(c)).append("</li>\n"));
            h.append("</ul>\n");
        }
        return h.append("</section>\n").toString();
    }

    /** What changes from {@code avant} to {@code apres}, in French, type by type. */
    static List<String> changements(Pack avant, Pack apres) {
        List<String> c = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>(avant.types().keySet());
        types.addAll(apres.types().keySet());
        for (String type : types) {
            if (!avant.types().containsKey(type)) {
                c.add(type + " : type de demande désormais couvert.");
                continue;
            }
            if (!apres.types().containsKey(type)) {
                c.add(type + " : type de demande qui n'est plus couvert.");
                continue;
            }
            Map<String, DocumentationTechnique.Balise> a = parPointeur(avant.type(type));
            Map<String, DocumentationTechnique.Balise> b = parPointeur(apres.type(type));
            b.forEach((pointeur, balise) -> {
                if (!a.containsKey(pointeur)) {
                    c.add(type + " : balise ajoutée " + pointeur + (balise.requise() ? " (obligatoire)." : "."));
                } else if (balise.requise() && !a.get(pointeur).requise()) {
                    c.add(type + " : balise devenue obligatoire " + pointeur + ".");
                }
            });
            a.keySet().stream().filter(p -> !b.containsKey(p)).forEach(p -> c.add(type + " : balise retirée " + p + "."));
        }
        return c;
    }

    private static Map<String, DocumentationTechnique.Balise> parPointeur(Pack.ParType t) {
        Map<String, DocumentationTechnique.Balise> m = new LinkedHashMap<>();
        DocumentationTechnique.balises(t.schemaJson()).forEach(b -> m.put(b.pointeur(), b));
        return m;
    }
}
