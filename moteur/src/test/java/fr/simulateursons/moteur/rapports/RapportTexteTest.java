package fr.simulateursons.moteur.rapports;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Messages;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code texte} report: the verdict, then {@code fichier:ligne:colonne CODE libellé (attendu : …)}. */
class RapportTexteTest {

    @Test
    void leVerdictPuisUneLigneParAnomalie() {
        FichierSimule f = Simules.anomaliesSituees();

        assertThat(Simules.ecrire(FormatRapport.TEXTE, f).lines()).containsExactly(
                Messages.REJETE_FICHIER_DE_RETOUR,
                "lot/demandes situées.json:19:23 D07 Le montant de TVA 19753.10 ne correspond pas au montant HT et au "
                        + "taux de TVA de 20 %. (attendu : 19753.09)",
                "lot/demandes situées.json:20:23 D08 Le montant TTC 118518.53 doit être égal au montant HT augmenté de "
                        + "la TVA. (attendu : 118518.52)",
                "lot/demandes situées.json:42:21 D01 L'identifiant de demande DEM-1 figure plusieurs fois dans le fichier.");
    }

    @Test
    void sansPositionLeNomDuFichierSeul() {
        assertThat(Simules.ecrire(FormatRapport.TEXTE, Simules.formatSitue()).lines()).containsExactly(
                Messages.REJETE_FICHIER_DE_RETOUR,
                "format.json:6:5 S01 La balise prestation est manquante.",
                "format.json S02 La balise extra n'est pas attendue.");
    }

    @Test
    void unRejetAuxParametresDonneSonMessage() {
        FichierSimule f = Simules.de("a.json", Fixtures.simuler(Fixtures.exemple("avance-valide.json"),
                Fixtures.parametres("", "AVANCE", "20"), Fixtures.APRES_LES_EXEMPLES,
                SourcesDeRessources.defaut()), new byte[0]);

        assertThat(Simules.ecrire(FormatRapport.TEXTE, f).lines())
                .containsExactly("Le champ Numéro ANS est obligatoire.", "a.json P01 Le champ Numéro ANS est obligatoire.");
    }

    @Test
    void dansUnLotChaqueVerdictNommeSonFichier() {
        FichierSimule valide = Simules.simuler("a.json", Fixtures.exemple("avance-valide.json"));

        assertThat(Simules.ecrire(FormatRapport.TEXTE, valide, Simules.formatSitue())).isEqualTo(
                "a.json : " + Messages.REUSSI + "\n\nformat.json : " + Messages.REJETE_FICHIER_DE_RETOUR + "\n"
                        + "format.json:6:5 S01 La balise prestation est manquante.\n"
                        + "format.json S02 La balise extra n'est pas attendue.\n");
    }

    @Test
    void uneRessourceIllisibleDonneSaCauseApresSonLibelle(@TempDir Path dossier) {
        Resultat r = Moteur.builder().referentiel(dossier.resolve("absent.json")).horloge(Fixtures.APRES_LES_EXEMPLES)
                .build().simuler(Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(Simules.ecrire(FormatRapport.TEXTE, Simules.de("a.json", r, new byte[0])).lines()).last()
                .isEqualTo("a.json R01 La ressource référentiel ne peut pas être lue ou ne respecte pas son format. — "
                        + "Le fichier ne peut pas être lu : il n'existe pas.");
    }
}
