package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What re-validation compares between two simulations of one file: the outcome, the stage that rejected, and
 * the set of codes found (errors and anomalies alike), whatever their number or place. Written and read back
 * by Jackson: {@code {"etat", "etape", "codes"}}.
 */
@JsonPropertyOrder({"etat", "etape", "codes"})
public record Verdict(Etat etat, Etape etape, SortedSet<String> codes) {

    public Verdict {
        codes = Collections.unmodifiableSortedSet(new TreeSet<>(codes == null ? List.of() : codes));
    }

    public static Verdict de(Resultat r) {
        SortedSet<String> codes = new TreeSet<>();
        r.erreurs().forEach(e -> codes.add(e.code().name()));
        r.anomalies().values().forEach(l -> l.forEach(a -> codes.add(a.code().name())));
        return new Verdict(r.etat(), r.etape(), codes);
    }

    /**
     * From a status object, and the annotated file it names if any (the status does not list anomalies). The
     * anomalies are found by their own name, wherever the format pack puts the demandes.
     */
    public static Verdict deStatut(JsonNode statut, Optional<byte[]> fichierDeSortie) {
        SortedSet<String> codes = new TreeSet<>();
        statut.path("erreurs").forEach(e -> codes.add(e.path("code").asString()));
        fichierDeSortie.ifPresent(f -> JsonStrict.MAPPER.readTree(f).findValues("anomalies")
                .forEach(l -> l.forEach(a -> codes.add(a.path("code").asString()))));
        String etape = statut.path("etape").asString(null);
        return new Verdict(Etat.valueOf(statut.path("etat").asString()), etape == null ? null : Etape.valueOf(etape),
                codes);
    }

    /** {@code REJETE/DEMANDES [D06, D07]}, as the CSV report shows it. */
    public String texte() {
        return etat + (etape == null ? "" : "/" + etape) + (codes.isEmpty() ? "" : " " + List.copyOf(codes));
    }
}
