package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.simulateursons.cli.Cli.executer;
import static fr.simulateursons.cli.Cli.simuler;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code simuler} in-process: exit codes, stdout, the annotated file's place. */
class MainTest {

    @TempDir
    Path dossier;

    private Path copie(byte[] octets, String nom) throws IOException {
        return Files.write(dossier.resolve(nom), octets);
    }

    @Test
    void reussiSortAvecZeroEtNEcritPasDeFichierDeSortie() throws IOException {
        Path f = copie(Fixtures.exemple("avance-valide.json"), "avance.json");

        Cli.Execution e = executer(simuler(f.toString()));

        assertThat(e.code()).isZero();
        JsonNode s = e.statut();
        assertThat(s.get("etat").asString()).isEqualTo("REUSSI");
        assertThat(s.get("entree").get("cle").asString()).isEqualTo(f.toString());
        assertThat(s.get("entree").get("taille").asLong()).isEqualTo(Files.size(f));
        assertThat(s.get("sortie").isNull()).isTrue();
        assertThat(s.get("debut").asString()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(dossier.resolve("avance.sortie.json")).doesNotExist();
        assertThat(e.err()).isEmpty();
    }

    @Test
    void lesClesDuStatutDansLOrdreDeLaSpec() throws IOException {
        Path f = copie(Fixtures.exemple("avance-valide.json"), "avance.json");

        List<String> cles = new ArrayList<>(executer(simuler(f.toString())).statut().propertyNames());

        assertThat(cles).containsExactly("simulationId", "etat", "etape", "message", "erreurs", "synthese",
                "parametres", "entree", "sortie", "referentiel", "format", "debut", "fin");
    }

    @Test
    void rejeteAuxDemandesEcritLeFichierDeSortieACoteDeLEntree() throws IOException {
        Path f = copie(Fixtures.octets("demandes/avance-d07.json"), "Demandes.JSON");

        Cli.Execution e = executer(simuler(f.toString()));

        assertThat(e.code()).isEqualTo(1);
        Path attendu = dossier.resolve("Demandes.sortie.json");
        assertThat(e.statut().get("sortie").asString()).isEqualTo(attendu.toString());
        assertThat(e.statut().get("synthese").get("demandesEnAnomalie").asInt()).isEqualTo(1);
        assertThat(JsonStrict.MAPPER.readTree(attendu.toFile()).get("demandes").get(0).get("anomalies")).hasSize(1);
        assertThat(f).hasBinaryContent(Fixtures.octets("demandes/avance-d07.json"));
    }

    @Test
    void sortieChoisie() throws IOException {
        Path f = copie(Fixtures.octets("demandes/avance-d07.json"), "demandes");
        Path cible = dossier.resolve("retour.json");

        Cli.Execution e = executer(simuler("--sortie", cible.toString(), f.toString()));

        assertThat(e.code()).isEqualTo(1);
        assertThat(cible).exists();
        assertThat(dossier.resolve("demandes.sortie.json")).doesNotExist();
    }

    @Test
    void unParametreAbsentEstUnRejetPasUneErreurDeLigneDeCommande() throws IOException {
        Path f = copie(Fixtures.exemple("avance-valide.json"), "avance.json");

        Cli.Execution e = executer("simuler", "--type-demande", "AVANCE", f.toString());

        assertThat(e.code()).isEqualTo(1);
        assertThat(e.statut().get("etape").asString()).isEqualTo("PARAMETRES");
        assertThat(e.statut().get("message").asString()).isEqualTo("Le champ Numéro ANS est obligatoire.");
        assertThat(e.statut().get("erreurs")).extracting(n -> n.get("code").asString()).containsExactly("P01", "P03");
    }

    @Test
    void f02DonneLigneEtColonne() throws IOException {
        Path f = copie("{\n  \"siret\": 12,,\n}".getBytes(StandardCharsets.UTF_8), "casse.json");

        Cli.Execution e = executer(simuler(f.toString()));

        assertThat(e.code()).isEqualTo(1);
        JsonNode erreur = e.statut().get("erreurs").get(0);
        assertThat(erreur.get("code").asString()).isEqualTo("F02");
        assertThat(erreur.get("ligne").asInt()).isEqualTo(2);
        assertThat(erreur.get("colonne").asInt()).isEqualTo(15);
    }

    @Test
    void quatreMoPassentLeStadeFichierUnOctetDePlusNon() throws IOException {
        byte[] limite = new byte[4_194_304];
        java.util.Arrays.fill(limite, (byte) ' ');
        limite[0] = '[';
        limite[limite.length - 1] = ']';
        byte[] trop = java.util.Arrays.copyOf(limite, limite.length + 1);
        trop[trop.length - 1] = ' ';

        Cli.Execution passe = executer(simuler(copie(limite, "limite.json").toString()));
        Cli.Execution refuse = executer(simuler(copie(trop, "trop.json").toString()));

        assertThat(passe.statut().get("etape").asString()).isEqualTo("FORMAT");
        assertThat(refuse.code()).isEqualTo(1);
        assertThat(refuse.statut().get("etape").asString()).isEqualTo("FICHIER");
        assertThat(refuse.statut().get("message").asString())
                .isEqualTo("Le fichier est trop volumineux. Il ne doit pas excéder 4 Mo.");
        assertThat(refuse.statut().get("entree").get("taille").asLong()).isEqualTo(4_194_305);
    }

    @Test
    void uneRessourceIllisibleSortAvecTrois() throws IOException {
        Path f = copie(Fixtures.exemple("avance-valide.json"), "avance.json");
        Path referentiel = copie("{}".getBytes(StandardCharsets.UTF_8), "referentiel.json");

        Cli.Execution e = executer(simuler("--referentiel", referentiel.toString(), f.toString()));

        assertThat(e.code()).isEqualTo(3);
        assertThat(e.statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(e.statut().get("erreurs").get(0).get("chemin").asString()).isEqualTo(referentiel.toString());
        assertThat(e.err()).doesNotContain("\tat ");
    }

    @Test
    void debugMontreLaCause() throws IOException {
        Path f = copie(Fixtures.exemple("avance-valide.json"), "avance.json");
        Path referentiel = copie("{}".getBytes(StandardCharsets.UTF_8), "referentiel.json");

        Cli.Execution e = executer(simuler("--debug", "--referentiel", referentiel.toString(), f.toString()));

        assertThat(e.code()).isEqualTo(3);
        assertThat(e.err()).contains("\tat ");
    }

    @Test
    void laLigneDeCommandeIlliseSortAvecDeuxSansStatut() throws IOException {
        Path f = copie(Fixtures.exemple("avance-valide.json"), "avance.json");

        for (String[] args : List.of(
                simuler("--inconnue", "x", f.toString()),
                simuler(),
                simuler(dossier.resolve("absent.json").toString()),
                simuler(dossier.toString()),
                new String[] {},
                new String[] {"autre"})) {
            Cli.Execution e = executer(args);
            assertThat(e.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(e.out()).as(String.join(" ", args)).isEmpty();
            assertThat(e.err()).as(String.join(" ", args)).isNotEmpty();
        }
    }
}
