package fr.simulateursons.moteur.rapports;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code sarif} report, validated against the published SARIF 2.1.0 schema (test resource {@code sarif/}). */
class RapportSarifTest {

    private static Schema sarif;

    @BeforeAll
    static void schema() throws IOException {
        try (InputStream in = RapportSarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode noeud = JsonStrict.MAPPER.readTree(in);
            sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(noeud);
        }
    }

    private static JsonNode sarif(FichierSimule... fichiers) {
        JsonNode log = JsonStrict.MAPPER.readTree(Simules.ecrire(FormatRapport.SARIF, fichiers));
        assertThat(sarif.validate(log)).as("SARIF 2.1.0").isEmpty();
        return log;
    }

    private static FichierSimule exemple(String nom) {
        return Simules.simuler("examples/" + nom, Fixtures.exemple(nom));
    }

    @Test
    void leSchemaRefuseUnJournalFaux() {
        ObjectNode log = (ObjectNode) sarif(Simules.anomaliesSituees());
        ObjectNode sansVersion = log.deepCopy();
        sansVersion.remove("version");
        ObjectNode ligneZero = log.deepCopy();
        ((ObjectNode) ligneZero.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);

        assertThat(sarif.validate(sansVersion)).isNotEmpty();
        assertThat(sarif.validate(ligneZero)).isNotEmpty();
    }

    @Test
    void unResultatParAnomalieAvecSaRegion() {
        JsonNode run = sarif(Simules.anomaliesSituees()).at("/runs/0");

        assertThat(run.get("columnKind").asString()).isEqualTo("unicodeCodePoints");
        JsonNode results = run.get("results");
        assertThat(results).extracting(r -> r.get("ruleId").asString()).containsExactly("D07", "D08", "D01");
        JsonNode d07 = results.get(0);
        assertThat(d07.at("/message/text").asString())
                .isEqualTo("Le montant de TVA 19753.10 ne correspond pas au montant HT et au taux de TVA de 20 %.");
        assertThat(d07.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("lot/demandes%20situ%C3%A9es.json");
        assertThat(d07.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(19);
        assertThat(d07.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(23);
        assertThat(d07.at("/properties/attendu").asString()).isEqualTo("19753.09");
        assertThat(d07.at("/properties/idDemande").asString()).isEqualTo("DEM-0");
        assertThat(results.get(2).at("/properties/autres/0").asInt()).isEqualTo(1);
        JsonNode regles = run.at("/tool/driver/rules");
        for (JsonNode r : results) {
            assertThat(regles.get(r.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(r.get("ruleId").asString());
        }
    }

    @Test
    void sansLigneNiColonnePasDeRegion() {
        JsonNode results = sarif(Simules.formatSitue()).at("/runs/0/results");

        assertThat(results).extracting(r -> r.get("ruleId").asString()).containsExactly("S01", "S02");
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
        assertThat(results.get(1).at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("format.json");
    }

    @Test
    void laChaineReelleDonneUnJournalValideAChaqueIssue() {
        FichierSimule valide = exemple("avance-valide.json");
        FichierSimule format = exemple("avance-rejet-format.json");
        FichierSimule demandes = exemple("avance-rejet-demandes.json");
        FichierSimule syntaxe = exemple("avance-rejet-syntaxe.json");

        assertThat(sarif(valide).at("/runs/0/results")).isEmpty();
        assertThat(codes(sarif(format))).isEqualTo(codes(format));
        assertThat(codes(sarif(demandes))).isEqualTo(codes(demandes)).hasSize(4);
        JsonNode f02 = sarif(syntaxe).at("/runs/0/results/0");
        assertThat(f02.get("ruleId").asString()).isEqualTo("F02");
        assertThat(f02.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(syntaxe.statut().erreurs().get(0).ligne());
        assertThat(f02.has("properties")).isFalse();
    }

    @Test
    void uneErreurInterneEstUneExecutionEchoueeAvecSesR01() {
        FichierSimule interne = Simules.de("a.json", Resultat.erreurInterne(
                List.of(Code.R01.erreur("/tmp/referentiel.json", "référentiel")), Simules.PARAMETRES,
                Resultat.Versions.AUCUNE, new IllegalStateException()), new byte[0]);

        JsonNode run = sarif(interne).at("/runs/0");

        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(run.at("/results/0/ruleId").asString()).isEqualTo("R01");
        assertThat(run.at("/results/0/properties/chemin").asString()).isEqualTo("/tmp/referentiel.json");
    }

    @Test
    void unLotDonneUnArtefactParFichier() {
        FichierSimule a = exemple("avance-valide.json");
        FichierSimule b = Simules.anomaliesSituees();
        FichierSimule c = Simules.formatSitue();

        JsonNode run = sarif(a, b, c).at("/runs/0");

        assertThat(run.get("artifacts")).extracting(x -> x.at("/location/uri").asString())
                .containsExactly("examples/avance-valide.json", "lot/demandes%20situ%C3%A9es.json", "format.json");
        assertThat(run.get("artifacts").get(0).get("length").asLong()).isEqualTo(a.statut().entree().taille());
        assertThat(run.get("results")).hasSize(5).allSatisfy(r -> assertThat(
                run.get("artifacts").get(r.at("/locations/0/physicalLocation/artifactLocation/index").asInt())
                        .at("/location/uri").asString())
                .isEqualTo(r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()));
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(run.at("/invocations/0/startTimeUtc").asString()).isEqualTo("2026-11-26T10:00:00.120Z");
    }

    @Test
    void unCheminAbsoluEstUneUriFile() {
        FichierSimule f = Simules.de("/home/éditeur/dépôt #1.json", Resultat.rejet(fr.simulateursons.moteur.Etape.FORMAT,
                List.of(Code.S06.erreur("/demandes")), Simules.PARAMETRES, Simules.VERSIONS), new byte[0]);

        assertThat(sarif(f).at("/runs/0/artifacts/0/location/uri").asString())
                .isEqualTo("file:///home/%C3%A9diteur/d%C3%A9p%C3%B4t%20%231.json");
    }

    private static List<String> codes(JsonNode log) {
        List<String> codes = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> codes.add(r.get("ruleId").asString()));
        return codes;
    }

    private static List<String> codes(FichierSimule f) {
        return f.constats().stream().map(c -> c.erreur().code().name()).toList();
    }
}
