package fr.simulateursons.moteur.rapports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.Statut;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

import java.io.Writer;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code sarif}: SARIF 2.1.0, one run, one artifact per file, one result per error or anomaly: {@code ruleId} the
 * code, the {@code libelle} as message, the file's URI and, where known, {@code region.startLine}/{@code startColumn}
 * from {@code ligne}/{@code colonne}, which count Unicode code points ({@code columnKind}). Every result is located
 * in its file, even those that have no place in it (P, F01, R01), because code-scanning UIs drop results without a
 * location. Written as a stream: a lot of 4 Mo files in anomaly is never held as a tree.
 */
final class RapportSarif implements EcrivainRapport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String OUTIL = "Simulateur SONS";
    private static final String[] POINTILLES = {"…", "…"};

    @Override
    public void ecrire(List<FichierSimule> fichiers, Writer sortie) {
        List<Code> regles = regles(fichiers);
        try (JsonGenerator g = JsonStrict.MAPPER.writerWithDefaultPrettyPrinter()
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(sortie)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA);
            g.writeStringProperty("version", "2.1.0");
            g.writeArrayPropertyStart("runs");
            g.writeStartObject();
            outil(g, regles);
            invocation(g, fichiers);
            g.writeArrayPropertyStart("artifacts");
            for (FichierSimule f : fichiers) {
                g.writeStartObject();
                g.writeObjectPropertyStart("location");
                g.writeStringProperty("uri", Textes.uri(f.fichier()));
                g.writeEndObject();
                if (f.statut().entree() != null && f.statut().entree().taille() != null) {
                    g.writeNumberProperty("length", f.statut().entree().taille().longValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("results");
            for (int i = 0; i < fichiers.size(); i++) {
                for (Constat c : fichiers.get(i).constats()) {
                    resultat(g, c, fichiers.get(i).fichier(), i, regles.indexOf(c.erreur().code()));
                }
            }
            g.writeEndArray();
            g.writeStringProperty("columnKind", "unicodeCodePoints");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The codes found, in the catalogue's order: the run's rules, which results point to by index. */
    private static List<Code> regles(List<FichierSimule> fichiers) {
        Set<Code> codes = EnumSet.noneOf(Code.class);
        fichiers.forEach(f -> f.constats().forEach(c -> codes.add(c.erreur().code())));
        return List.copyOf(codes);
    }

    private static void outil(JsonGenerator g, List<Code> regles) {
        g.writeObjectPropertyStart("tool");
        g.writeObjectPropertyStart("driver");
        g.writeStringProperty("name", OUTIL);
        g.writeArrayPropertyStart("rules");
        for (Code code : regles) {
            g.writeStartObject();
            g.writeStringProperty("id", code.name());
            g.writeObjectPropertyStart("shortDescription");
            g.writeStringProperty("text", code.libelle((Object[]) POINTILLES));
            g.writeEndObject();
            g.writeObjectPropertyStart("defaultConfiguration");
            g.writeStringProperty("level", "error");
            g.writeEndObject();
            if (code.etape() != null) {
                g.writeObjectPropertyStart("properties");
                g.writeStringProperty("etape", code.etape().name());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The whole lot as one invocation: from the first start to the last end; successful unless one was internal. */
    private static void invocation(JsonGenerator g, List<FichierSimule> fichiers) {
        g.writeArrayPropertyStart("invocations");
        g.writeStartObject();
        g.writeBooleanProperty("executionSuccessful",
                fichiers.stream().noneMatch(f -> f.statut().etat() == Etat.ERREUR_INTERNE));
        fichiers.stream().map(FichierSimule::statut).map(Statut::debut).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).ifPresent(d -> g.writeStringProperty("startTimeUtc", d.toString()));
        fichiers.stream().map(FichierSimule::statut).map(Statut::fin).filter(Objects::nonNull)
                .max(Comparator.<Instant>naturalOrder()).ifPresent(f -> g.writeStringProperty("endTimeUtc", f.toString()));
        // The date de dépôt the files were judged as of, when it is one for all of them.
        List<String> dates = fichiers.stream().map(FichierSimule::statut).filter(s -> s.parametres() != null)
                .map(s -> s.parametres().dateDepot()).filter(Objects::nonNull).distinct().toList();
        if (dates.size() == 1) {
            g.writeObjectPropertyStart("properties");
            g.writeStringProperty("dateDepot", dates.get(0));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void resultat(JsonGenerator g, Constat c, String fichier, int artefact, int regle) {
        Erreur e = c.erreur();
        g.writeStartObject();
        g.writeStringProperty("ruleId", e.code().name());
        g.writeNumberProperty("ruleIndex", regle);
        g.writeStringProperty("level", "error");
        g.writeObjectPropertyStart("message");
        g.writeStringProperty("text", c.message());
        g.writeEndObject();
        g.writeArrayPropertyStart("locations");
        g.writeStartObject();
        g.writeObjectPropertyStart("physicalLocation");
        g.writeObjectPropertyStart("artifactLocation");
        g.writeStringProperty("uri", Textes.uri(fichier));
        g.writeNumberProperty("index", artefact);
        g.writeEndObject();
        if (c.situe()) {
            g.writeObjectPropertyStart("region");
            g.writeNumberProperty("startLine", e.ligne().intValue());
            g.writeNumberProperty("startColumn", e.colonne().intValue());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        if (e.chemin() != null || e.attendu() != null || c.demande() != null || e.autres() != null) {
            proprietes(g, c);
        }
        g.writeEndObject();
    }

    /** What SARIF has no field for: the JSON Pointer, the right value, the demande and the others involved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"chemin", "attendu", "demande", "idDemande", "autres"})
    record Proprietes(String chemin, String attendu, Integer demande, String idDemande, List<Integer> autres) {
    }

    private static void proprietes(JsonGenerator g, Constat c) {
        Erreur e = c.erreur();
        g.writePOJOProperty("properties", new Proprietes(e.chemin(), e.attendu(), c.demande(),
                c.demande() == null ? null : c.idDemande(), e.autres()));
    }
}
