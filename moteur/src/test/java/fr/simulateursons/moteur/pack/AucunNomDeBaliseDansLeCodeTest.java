package fr.simulateursons.moteur.pack;

import fr.simulateursons.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format lives in the pack (spec §6): no string literal of the main code of either module is a balise name of
 * spec §2, alone or as a segment of a pointer. {@code type} is left out: it is also JSON Schema's keyword, which
 * the FORMAT stage reads. The names in {@code @JsonPropertyOrder} are left out too: they order our own records'
 * components, Java names of our outputs, not places in a file.
 */
class AucunNomDeBaliseDansLeCodeTest {

    private static final Set<String> BALISES = Set.of("siret", "numeroReferencement", "dispositif", "demandes",
            "idDemande", "prestation", "beneficiaire", "finessJuridique", "finessGeographique", "raisonSociale",
            "bonDeCommande", "numero", "dateSignature", "montantHT", "montantTVA", "montantTTC", "facture", "date",
            "attestation");
    private static final Pattern LITTERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void aucunLitteralNeNommeUneBalise() throws IOException {
        List<String> trouves = new ArrayList<>();
        for (Path racine : List.of(Fixtures.MODULE.resolve("src/main/java"), Fixtures.MODULE.resolve("../function/src/main/java"))) {
            try (Stream<Path> s = Files.walk(racine)) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(p -> trouves.addAll(balises(p)));
            }
        }
        assertThat(trouves).isEmpty();
    }

    private static List<String> balises(Path source) {
        List<String> trouves = new ArrayList<>();
        try {
            List<String> lignes = Files.readAllLines(source);
            for (int i = 0; i < lignes.size(); i++) {
                if (lignes.get(i).strip().startsWith("@JsonPropertyOrder")) {
                    continue;
                }
                Matcher m = LITTERAL.matcher(lignes.get(i));
                while (m.find()) {
                    for (String segment : m.group(1).split("/")) {
                        if (BALISES.contains(segment)) {
                            trouves.add(source.getFileName() + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trouves;
    }
}
