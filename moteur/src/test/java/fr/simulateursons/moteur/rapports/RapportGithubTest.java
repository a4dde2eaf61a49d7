package fr.simulateursons.moteur.rapports;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code github} report: workflow commands as GitHub Actions parses them. */
class RapportGithubTest {

    /** GitHub's grammar of the command: properties up to the first {@code ::}, the message to the end of the line. */
    private static final Pattern COMMANDE =
            Pattern.compile("::error file=([^,:]+)(?:,line=(\\d+),col=(\\d+))?,title=([A-Z]\\d\\d)::([^\\r\\n]*)");

    private static List<Matcher> commandes(FichierSimule... fichiers) {
        return Simules.ecrire(FormatRapport.GITHUB, fichiers).lines().map(l -> {
            Matcher m = COMMANDE.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            return m;
        }).toList();
    }

    @Test
    void uneCommandeParAnomalieAvecLigneEtColonne() {
        FichierSimule f = Simules.anomaliesSituees();

        List<Matcher> c = commandes(f);

        assertThat(c).hasSize(3);
        assertThat(c.get(0).group(1)).isEqualTo("lot/demandes situées.json");
        assertThat(c.get(0).group(2)).isEqualTo("19");
        assertThat(c.get(0).group(3)).isEqualTo("23");
        assertThat(c).extracting(m -> m.group(4)).containsExactly("D07", "D08", "D01");
        assertThat(c.get(2).group(5)).isEqualTo(f.anomalies().get(2).get(0).libelle());
    }

    @Test
    void sansPositionNiLigneNiColonne() {
        List<Matcher> c = commandes(Simules.formatSitue());

        assertThat(c.get(0).group(2)).isEqualTo("6");
        assertThat(c.get(1).group(2)).isNull();
        assertThat(c.get(1).group(4)).isEqualTo("S02");
    }

    @Test
    void unFichierValideNeDonneAucuneCommande() {
        FichierSimule valide = Simules.simuler("a.json", Fixtures.exemple("avance-valide.json"));

        assertThat(Simules.ecrire(FormatRapport.GITHUB, valide)).isEmpty();
    }

    @Test
    void leTexteDuFichierNeFermeNiNOuvreAucuneCommande() {
        String cle = "x\n::warning::y%,:";
        FichierSimule f = Simules.de("d,1:2.json", Resultat.rejet(Etape.FORMAT,
                List.of(Code.S02.erreur("/" + cle, cle)), Simules.PARAMETRES, Simules.VERSIONS),
                new byte[0]);

        List<Matcher> c = commandes(f);

        assertThat(c).hasSize(1);
        assertThat(c.get(0).group(1)).isEqualTo("d%2C1%3A2.json");
        assertThat(c.get(0).group(5)).isEqualTo("La balise x%0A::warning::y%25,: n'est pas attendue.");
    }
}
