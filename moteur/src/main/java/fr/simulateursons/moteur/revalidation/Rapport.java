package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.json.JsonStrict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The report of a re-validation run, as Jackson writes it: counts by état, every file whose verdict changed, with
 * the codes that appeared and disappeared, and every file that could not be judged, with why. Files come in key
 * order, so that a run gives the same report wherever it ran. Built by {@link #de}.
 *
 * @param reference       what the verdicts are compared with: the previous run's id, or {@value #ORIGINE}
 * @param complet         false when the run's end was declared before every expected file was written
 * @param erreursInternes the files whose verdict is ERREUR_INTERNE, changed or not, with the reason of each
 */
@JsonPropertyOrder({"runId", "reference", "debut", "fin", "complet", "attendus", "fichiers", "parEtat",
        "sansReference", "changements", "erreursInternes"})
public record Rapport(String runId, String reference, Instant debut, Instant fin, boolean complet, int attendus,
                      int fichiers, Map<Etat, Integer> parEtat, int sansReference, List<Changement> changements,
                      List<ErreurInterne> erreursInternes) {

    /** The {@code reference} of a first run, compared with the original simulations. */
    public static final String ORIGINE = "simulations d'origine";

    /** A file whose verdict changed. */
    @JsonPropertyOrder({"cle", "avant", "apres", "codesApparus", "codesDisparus"})
    public record Changement(String cle, Verdict avant, Verdict apres, List<String> codesApparus,
                             List<String> codesDisparus) {
    }

    /** A file the run could not judge, and why, in French. */
    @JsonPropertyOrder({"cle", "raison"})
    public record ErreurInterne(String cle, String raison) {
    }

    /** The report of the run of {@code manifeste}, from its lines in key order. */
    static Rapport de(Run manifeste, Instant fin, boolean complet, List<Ligne> triees) {
        Map<Etat, Integer> parEtat = new EnumMap<>(Etat.class);
        for (Etat e : List.of(Etat.REUSSI, Etat.REJETE, Etat.ERREUR_INTERNE)) {
            parEtat.put(e, 0);
        }
        triees.forEach(l -> parEtat.merge(l.apres().etat(), 1, Integer::sum));
        List<Changement> changements = triees.stream().filter(Ligne::changement)
                .map(l -> new Changement(l.cle(), l.avant(), l.apres(), apparus(l.avant(), l.apres()),
                        apparus(l.apres(), l.avant())))
                .toList();
        List<ErreurInterne> erreursInternes = triees.stream().filter(l -> l.apres().etat() == Etat.ERREUR_INTERNE)
                .map(l -> new ErreurInterne(l.cle(), l.raison())).toList();
        return new Rapport(manifeste.runId(), manifeste.precedent() == null ? ORIGINE : manifeste.precedent(),
                manifeste.debut(), fin, complet, manifeste.fichiers(), triees.size(), parEtat,
                (int) triees.stream().filter(l -> l.avant() == null).count(), changements, erreursInternes);
    }

    /** A report as a run wrote it. */
    static Rapport lire(String json) {
        return JsonStrict.MAPPER.readValue(json, Rapport.class);
    }

    /**
     * The run for a person at a terminal, in French: the counts, then each change and each file that could not be
     * judged, with why.
     */
    public String texte() {
        StringBuilder s = new StringBuilder("Run ").append(runId).append(" : ").append(fichiers).append(" fichier")
                .append(fichiers > 1 ? "s" : "").append(" (");
        parEtat.forEach((etat, n) -> s.append(n).append(' ').append(etat).append(", "));
        s.setLength(s.length() - 2);
        s.append("), comparés à ").append(reference).append(complet ? "" : " ; run incomplet").append(".\n");
        s.append("Changements de verdict (").append(changements.size()).append(")").append(changements.isEmpty() ? "."
                : " :").append('\n');
        for (Changement c : changements) {
            s.append("  ").append(c.cle()).append(" : ").append(c.avant().texte()).append(" → ")
                    .append(c.apres().texte()).append('\n');
        }
        if (!erreursInternes.isEmpty()) {
            s.append("Fichiers non jugés (").append(erreursInternes.size()).append(") :\n");
            erreursInternes.forEach(e -> s.append("  ").append(e.cle()).append(" : ")
                    .append(e.raison() == null ? "erreur technique" : e.raison()).append('\n'));
        }
        return s.toString();
    }

    /** One line per changed file; {@code ;}-separated, as French spreadsheets expect. */
    public String csv() {
        StringBuilder s = new StringBuilder("cle;avant;apres;codesApparus;codesDisparus\n");
        for (Changement c : changements) {
            s.append(champ(c.cle())).append(';').append(champ(c.avant().texte())).append(';')
                    .append(champ(c.apres().texte())).append(';')
                    .append(String.join(" ", c.codesApparus())).append(';')
                    .append(String.join(" ", c.codesDisparus())).append('\n');
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
