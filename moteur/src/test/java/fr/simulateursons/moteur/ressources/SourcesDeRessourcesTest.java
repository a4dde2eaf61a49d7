package fr.simulateursons.moteur.ressources;

import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.RessourcesIllisibles;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesDeRessourcesTest {

    @TempDir
    Path dossier;

    @Test
    void lesRessourcesEmbarquees() throws RessourcesIllisibles {
        Ressources r = SourcesDeRessources.defaut().charger();

        assertThat(r.referentiel().version()).isEqualTo("demo-2025.1");
        assertThat(r.referentiel().solution("SONS-V2-DEMO-HOP")).get()
                .extracting(Solution::siretFournisseur).isEqualTo("93909960308245");
        assertThat(r.dispositifs().dispositif("HOP-PFI-VA2")).get()
                .extracting(d -> d.dateLimiteAvance().toInstant().toString()).isEqualTo("2025-09-17T10:00:00Z");
        assertThat(r.eligibilite()).isEmpty();
    }

    @Test
    void lesRessourcesEmbarqueesPassentChaqueControle() throws RessourcesIllisibles {
        Ressources r = SourcesDeRessources.defaut().verifier();

        assertThat(r.referentiel().version()).isEqualTo("demo-2025.1");
        assertThat(r.format().packs()).extracting(Pack::version).containsExactly("vague2-2025.1");
    }

    /** What the build proves of the bundled resources, verifier proves of any resource read from the classpath. */
    @Test
    void laVerificationControleAussiUneRessourceEmbarquee() {
        String chemin = SourceRessource.CLASSPATH + "ressources/hors-schema.json";
        SourceRessource horsSchema = new SourceRessource(TypeRessource.REFERENTIEL, chemin,
                () -> new ByteArrayInputStream("{\"version\": \"\", \"solutions\": []}".getBytes(StandardCharsets.UTF_8)));
        SourcesDeRessources sources = new SourcesDeRessources(horsSchema, SourcesDeRessources.defaut().dispositifs(),
                Optional.empty(), SourcesDeRessources.defaut().format());

        assertThatThrownBy(sources::verifier).isInstanceOfSatisfying(RessourcesIllisibles.class,
                e -> assertThat(e.illisibles()).extracting(RessourcesIllisibles.Illisible::chemin)
                        .containsExactly(chemin));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "",
            "{\"version\": \"x\", \"solutions\": [",
            "{\"version\": \"x\"}",
            "{\"version\": \"x\", \"solutions\": [{\"numeroAns\": \"A\"}]}",
            "{\"version\": \"x\", \"solutions\": [], \"version\": \"y\"}",
            "{\"version\": \"x\", \"solutions\": ["
                    + "{\"numeroAns\": \"A\", \"siretFournisseur\": \"95260181590833\", \"raisonSociale\": \"r\", \"nomSolution\": \"n\", \"dispositifs\": []},"
                    + "{\"numeroAns\": \"A\", \"siretFournisseur\": \"95260181590833\", \"raisonSociale\": \"r\", \"nomSolution\": \"n\", \"dispositifs\": []}]}",
    })
    void unReferentielIlliblesEstR01SansRepli(String contenu) throws IOException {
        Path f = Files.writeString(dossier.resolve("referentiel.json"), contenu);
        SourcesDeRessources sources = new SourcesDeRessources(new SourceRessource(TypeRessource.REFERENTIEL, (f).toString(), SourceRessource.fichier(f)),
                SourcesDeRessources.defaut().dispositifs(), Optional.empty(),
                SourcesDeRessources.defaut().format());

        assertThatThrownBy(sources::charger).isInstanceOfSatisfying(RessourcesIllisibles.class,
                e -> assertThat(e.illisibles()).extracting(RessourcesIllisibles.Illisible::chemin)
                        .containsExactly(f.toString()));
    }

    @Test
    void laSimulationFinitEnErreurInterneQuiNommeChaqueRessource() throws IOException {
        Path absent = dossier.resolve("absent.json");
        Path eligibilite = Files.writeString(dossier.resolve("eligibilite.json"), "{\"version\": 1}");
        SourcesDeRessources sources = new SourcesDeRessources(SourcesDeRessources.defaut().referentiel(),
                new SourceRessource(TypeRessource.DISPOSITIFS, (absent).toString(), SourceRessource.fichier(absent)),
                Optional.of(new SourceRessource(TypeRessource.ELIGIBILITE, eligibilite.toString(), SourceRessource.fichier(eligibilite))),
                SourcesDeRessources.defaut().format());

        Resultat r = Fixtures.simuler(Fixtures.exemple("avance-valide.json"),
                Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES, sources);

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.etape()).isNull();
        assertThat(r.message()).isEqualTo("Une erreur technique est survenue ; la simulation n'a pas pu aboutir. "
                + "Le fichier n'a pas été modifié.");
        assertThat(r.erreurs()).containsExactly(
                Fixtures.erreur(Code.R01, "La ressource dispositifs ne peut pas être lue ou ne respecte pas son format.",
                        absent.toString()).detail("Le fichier ne peut pas être lu : il n'existe pas."),
                Fixtures.erreur(Code.R01, "La ressource base des établissements éligibles ne peut pas être lue ou ne "
                        + "respecte pas son format.", eligibilite.toString())
                        .detail("/version : la valeur n'est pas du type attendu (texte)."));
        assertThat(r.cause()).isPresent();
    }

    @Test
    void unDispositifDuReferentielAbsentDesDispositifsEstR01() throws IOException {
        Path dispositifs = Files.writeString(dossier.resolve("dispositifs.json"), """
                {"version": "v", "dispositifs": [{"code": "HOP-PFI-VA2", "couloir": "Hôpital",
                  "dateLimiteAvance": "2025-09-17T12:00:00+02:00", "plafondsHT": {"VA2": 1, "VA1_VA2": 2}}]}
                """);
        SourcesDeRessources sources = new SourcesDeRessources(SourcesDeRessources.defaut().referentiel(),
                new SourceRessource(TypeRessource.DISPOSITIFS, (dispositifs).toString(), SourceRessource.fichier(dispositifs)), Optional.empty(),
                SourcesDeRessources.defaut().format());

        Resultat r = Fixtures.simuler(Fixtures.exemple("avance-valide.json"),
                Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES, sources);

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).extracting(Erreur::code, Erreur::chemin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.R01, dispositifs.toString()));
    }
}
