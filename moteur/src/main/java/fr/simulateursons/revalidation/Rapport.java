package fr.simulateursons.revalidation;

import fr.simulateursons.engine.Etat;
import fr.simulateursons.json.JsonStrict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The report of a re-validation run: counts by état, and every file whose verdict changed, with the codes
 * that appeared and disappeared. Files come in key order, so that a run gives the same report wherever it ran.
 *
 * @param reference what the verdicts are compared with: the previous run's id, or null for the original simulations
 * @param complet   false when the run's end was declared before every expected file was written
 */
public record Rapport(String runId, String reference, Instant debut, Instant fin, boolean complet, int attendus,
                      List<Ligne> lignes) {

    public Rapport {
        lignes = lignes.stream().sorted(Comparator.comparing(Ligne::cle)).toList();
    }

    public List<Ligne> changements() {
        return lignes.stream().filter(Ligne::changement).toList();
    }

    public ObjectNode json() {
        ObjectNode o = JsonStrict.MAPPER.createObjectNode();
        o.put("runId", runId);
        o.put("reference", reference == null ? "simulations d'origine" : reference);
        o.put("debut", debut == null ? null : debut.toString());
        o.put("fin", fin == null ? null : fin.toString());
        o.put("complet", complet);
        o.put("attendus", attendus);
        o.put("fichiers", lignes.size());
        Map<Etat, Integer> parEtat = new EnumMap<>(Etat.class);
        lignes.forEach(l -> parEtat.merge(l.apres().etat(), 1, Integer::sum));
        ObjectNode etats = o.putObject("parEtat");
        for (Etat e : List.of(Etat.REUSSI, Etat.REJETE, Etat.ERREUR_INTERNE)) {
            etats.put(e.name(), parEtat.getOrDefault(e, 0));
        }
        o.put("sansReference", (int) lignes.stream().filter(l -> l.avant() == null).count());
        ArrayNode changements = o.putArray("changements");
        for (Ligne l : changements()) {
            ObjectNode c = changements.addObject();
            c.put("cle", l.cle());
            c.set("avant", l.avant().json());
            c.set("apres", l.apres().json());
            apparus(l.avant(), l.apres()).forEach(c.putArray("codesApparus")::add);
            apparus(l.apres(), l.avant()).forEach(c.putArray("codesDisparus")::add);
        }
        return o;
    }

    /** One line per changed file; {@code ;}-separated, as French spreadsheets expect. */
    public String csv() {
        StringBuilder s = new StringBuilder("cle;avant;apres;codesApparus;codesDisparus\n");
        for (Ligne l : changements()) {
            s.append(champ(l.cle())).append(';').append(champ(l.avant().texte())).append(';')
                    .append(champ(l.apres().texte())).append(';')
                    .append(String.join(" ", apparus(l.avant(), l.apres()))).append(';')
                    .append(String.join(" ", apparus(l.apres(), l.avant()))).append('\n');
        }
        return s.toString();
    }

    private static List<String> apparus(Verdict avant, Verdict apres) {
        SortedSet<String> codes = new TreeSet<>(apres.codes());
        codes.removeAll(avant.codes());
        return new ArrayList<>(codes);
    }

    private static String champ(String texte) {
        return texte.contains(";") || texte.contains("\"") || texte.contains("\n")
                ? "\"" + texte.replace("\"", "\"\"") + "\"" : texte;
    }
}
