package fr.simulateursons.moteur.rapports;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FichierSimuleTest {

    @Test
    void lesErreursPuisLesAnomaliesParDemande() {
        FichierSimule f = Simules.anomaliesSituees();

        assertThat(f.constats()).extracting(c -> c.erreur().code().name() + "@" + c.demande() + "/" + c.idDemande())
                .containsExactly("D07@0/DEM-0", "D08@0/DEM-0", "D01@2/DEM-1");
        assertThat(f.constats(1)).isEmpty();
        assertThat(Simules.formatSitue().constats()).allSatisfy(c -> assertThat(c.demande()).isNull());
    }

    @Test
    void lesEtapesFranchiesSelonLIssue() {
        assertThat(Simules.simuler("a.json", Fixtures.exemple("avance-valide.json")).etapesFranchies())
                .containsExactly(Etape.values());
        assertThat(Simules.formatSitue().etapesFranchies()).containsExactly(Etape.PARAMETRES, Etape.FICHIER);
        assertThat(Simules.anomaliesSituees().etapesFranchies())
                .containsExactly(Etape.PARAMETRES, Etape.FICHIER, Etape.FORMAT);
        assertThat(Simules.de("a.json", Resultat.erreurInterne(new IllegalStateException()), new byte[0])
                .etapesFranchies()).isEmpty();
    }

    @Test
    void laPositionNEstDonneeQueConnue() {
        Constat situe = Simules.formatSitue().constats().get(0);
        Constat nonSitue = Simules.formatSitue().constats().get(1);

        assertThat(situe.situe()).isTrue();
        assertThat(nonSitue.situe()).isFalse();
        assertThat(List.of(situe.ligneDeTexte("f"), nonSitue.ligneDeTexte("f")))
                .containsExactly("f:6:5 S01 La balise prestation est manquante.", "f S02 La balise extra n'est pas attendue.");
    }
}
