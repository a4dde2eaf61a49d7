package fr.simulateursons.moteur;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.outils.TraducteurPack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MoteurTest {

    @Test
    void chaqueReglageDuBuilderEstPrisEnCompte() {
        Moteur moteur = Moteur.builder()
                .formatSons(Fixtures.MODULE.resolve("src/test/resources/" + TraducteurPack.DOSSIER))
                .eligibilite(Fixtures.chemin("demandes/eligibilite.json"))
                .horloge(Fixtures.APRES_LES_EXEMPLES)
                .build();

        Resultat r = moteur.simuler(TraducteurPack.traduire(Fixtures.octets("demandes/avance-d14.json")),
                ParametresSimulation.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(r.versions().format()).isEqualTo("essai-2026.1");
        assertThat(r.versions().eligibilite()).isEqualTo("test-1");
        assertThat(r.etape()).isEqualTo(Etape.DEMANDES);
        assertThat(r.constats()).extracting(Erreur::code).containsOnly(Code.D14);
    }

    @Test
    void desParametresAbsentsSontUnRejetNonUneException() {
        Resultat r = Moteur.builder().build().simuler(Path.of("../examples/avance-valide.json"),
                new ParametresSimulation(null, "AVANCE", null));

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.erreurs()).extracting(Erreur::code).containsExactly(Code.P01, Code.P03);
    }

    @Test
    void uneRessourceRemplaceeIllisibleEstUneErreurInterne() {
        Resultat r = Moteur.builder().referentiel(Path.of("absent.json")).build()
                .simuler(Fixtures.exemple("avance-valide.json"), ParametresSimulation.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).extracting(Erreur::code).containsExactly(Code.R01);
    }
}
