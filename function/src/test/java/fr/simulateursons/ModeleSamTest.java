package fr.simulateursons;

import fr.simulateursons.aws.s3.Cles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code template.yaml} against what the code writes: every prefix of the results bucket expires after a retention
 * that is a documented parameter, and the roles may do what the pipeline does, no more. (cfn-lint checks the rest.)
 */
class ModeleSamTest {

    private static final JsonNode MODELE = lire();

    private static JsonNode lire() {
        try {
            return YAMLMapper.builder().build().readTree(Path.of("../template.yaml").toFile());
        } catch (RuntimeException e) {
            throw new IllegalStateException("template.yaml illisible", e);
        }
    }

    private static JsonNode ressource(String nom) {
        return MODELE.get("Resources").get(nom);
    }

    @ParameterizedTest
    @ValueSource(strings = {Cles.STATUTS, Cles.SORTIES, Cles.ATTESTATIONS, Cles.RESUMES, Cles.SIMULATIONS,
            Cles.REVALIDATIONS})
    void chaquePrefixeDesResultatsExpireApresUneDureeParametree(String prefixe) {
        List<JsonNode> regles = new ArrayList<>();
        ressource("ResultatsBucket").at("/Properties/LifecycleConfiguration/Rules").forEach(r -> {
            if (prefixe.equals(r.path("Prefix").asString(null))) {
                regles.add(r);
            }
        });

        assertThat(regles).as(prefixe).hasSize(1);
        JsonNode jours = regles.get(0).get("ExpirationInDays");
        // A !Ref reads as the parameter's name.
        JsonNode parametre = MODELE.get("Parameters").get(jours.asString(""));
        assertThat(parametre).as(prefixe + " : " + jours).isNotNull();
        assertThat(parametre.get("Default").asInt()).isPositive();
        assertThat(parametre.get("Description").asString()).contains(prefixe);
    }

    /** What a final status does not name is removed, by a delete conditional on the ETag read; nothing is listed. */
    @ParameterizedTest
    @ValueSource(strings = {"SimulationFunction", "FinalisationFunction"})
    void laSimulationEtLaFinalisationPeuventRetirerCeQuUnStatutNeNommePas(String fonction) {
        List<String> supprimables = new ArrayList<>();
        List<String> lisibles = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        for (JsonNode politique : ressource(fonction).at("/Properties/Policies")) {
            for (JsonNode declaration : politique.path("Statement")) {
                if (listeLesCataloguesSeulement(declaration)) {
                    continue;
                }
                List<String> ici = new ArrayList<>();
                JsonNode a = declaration.get("Action");
                (a.isArray() ? a : List.of(a)).forEach(x -> ici.add(x.asString()));
                actions.addAll(ici);
                JsonNode r = declaration.get("Resource");
                for (JsonNode res : r.isArray() ? r : List.of(r)) {
                    if (ici.contains("s3:DeleteObject")) {
                        supprimables.add(res.asString());
                    }
                    if (ici.contains("s3:GetObject")) {
                        lisibles.add(res.asString());
                    }
                }
            }
        }

        for (String prefixe : List.of(Cles.SORTIES, Cles.ATTESTATIONS, Cles.RESUMES)) {
            assertThat(supprimables).as(fonction).anyMatch(r -> r.endsWith("}/" + prefixe + "*"));
            assertThat(lisibles).as(fonction).anyMatch(r -> r.endsWith("}/" + prefixe + "*"));
        }
        assertThat(supprimables).as(fonction).noneMatch(r -> r.endsWith("}/" + Cles.STATUTS + "*"));
        assertThat(actions).as(fonction).doesNotContain("s3:ListBucket", "s3:DeleteObjectVersion", "s3:*");
    }

    /** A catalogue on S3 is listed (its packs are the prefix's "subdirectories"), under ressources/ and nowhere else. */
    @ParameterizedTest
    @ValueSource(strings = {"SimulationFunction", "ApiFunction"})
    void lesCataloguesSeListentSousRessourcesSeulement(String fonction) {
        List<JsonNode> listes = new ArrayList<>();
        for (JsonNode politique : ressource(fonction).at("/Properties/Policies")) {
            politique.path("Statement").valueStream().filter(d -> d.get("Action").toString().contains("s3:ListBucket"))
                    .forEach(listes::add);
        }

        assertThat(listes).as(fonction).singleElement().satisfies(d -> assertThat(listeLesCataloguesSeulement(d)).isTrue());
    }

    private static boolean listeLesCataloguesSeulement(JsonNode declaration) {
        return declaration.get("Action").asString("").equals("s3:ListBucket")
                && declaration.at("/Condition/StringLike/s3:prefix").asString("").equals("ressources/*");
    }

    @Test
    void lesMarqueursDeSuppressionExpiresPartent() {
        assertThat(ressource("ResultatsBucket").at("/Properties/LifecycleConfiguration/Rules").valueStream()
                .anyMatch(r -> r.path("ExpiredObjectDeleteMarker").asBoolean(false))).isTrue();
    }
}
