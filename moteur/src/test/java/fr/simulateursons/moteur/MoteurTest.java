package fr.simulateursons.moteur;

import fr.simulateursons.Fixtures;
import fr.simulateursons.outils.TraducteurPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MoteurTest {

    @TempDir
    Path dossier;

    @Test
    void chaqueReglageDuBuilderEstPrisEnCompte() throws IOException {
        Path referentiel = Files.writeString(dossier.resolve("referentiel.json"), """
                {"version": "ref-essai", "solutions": [{"numeroAns": "SONS-V2-DEMO-DPI",
                  "siretFournisseur": "95260181590833", "raisonSociale": "R", "nomSolution": "S",
                  "dispositifs": ["HOP-DPI-VA2"]}]}""");
        // A lower plafond VA2 than the bundled one: the first demande (98 765,43 € HT) is over it.
        Path dispositifs = Files.writeString(dossier.resolve("dispositifs.json"), """
                {"version": "disp-essai", "dispositifs": [{"code": "HOP-DPI-VA2", "couloir": "Hôpital",
                  "dateLimiteAvance": "2025-12-17T12:00:00+01:00", "plafondsHT": {"VA2": 50000.00, "VA1_VA2": 250000.00}}]}""");
        Moteur moteur = Moteur.builder()
                .referentiel(referentiel)
                .dispositifs(dispositifs)
                .formatSons(Fixtures.MODULE.resolve("src/test/resources/" + TraducteurPack.DOSSIER))
                .eligibilite(Fixtures.chemin("demandes/eligibilite.json"))
                .horloge(Fixtures.APRES_LES_EXEMPLES)
                .build();

        Resultat r = moteur.simuler(TraducteurPack.traduire(Fixtures.octets("demandes/avance-d14.json")),
                Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(r.versions()).isEqualTo(new Resultat.Versions("ref-essai", "disp-essai", "test-1", "essai-2026.1"));
        assertThat(r.etape()).isEqualTo(Etape.DEMANDES);
        assertThat(r.constats()).extracting(Erreur::code).containsOnly(Code.D06, Code.D14);
    }

    @Test
    void desParametresAbsentsSontUnRejetNonUneException() {
        Resultat r = Moteur.builder().build().simuler(Path.of("../examples/avance-valide.json"),
                Parametres.formulaire(null, "AVANCE", null));

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.erreurs()).extracting(Erreur::code).containsExactly(Code.P01, Code.P03);
    }

    @Test
    void uneRessourceRemplaceeIllisibleEstUneErreurInterne() {
        Resultat r = Moteur.builder().referentiel(Path.of("absent.json")).build()
                .simuler(Fixtures.exemple("avance-valide.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20"));

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.erreurs()).extracting(Erreur::code).containsExactly(Code.R01);
    }
}
