package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar as a vendor runs it on its own packs and dates: packs in force by date and catalogues (the MSS change
 * of {@code examples/format-sons-mss}), P06, P07 and P08, an overlapping catalogue, a typo in a pack, a pack for avances
 * only, {@code verifier} with the vendor's own référentiel, a person at a terminal, and the {@code json} report.
 */
class FormatEtDateIT {

    private static final Path MSS = Path.of("../examples/format-sons-mss");

    @TempDir
    Path dossier;

    private static String[] simuler(String type, String fichier, String... autres) {
        List<String> a = new java.util.ArrayList<>(List.of("simuler", "--numero-ans", "SONS-V2-DEMO-DPI", "--type-demande",
                type, "--taux-tva", "20"));
        a.addAll(List.of(autres));
        a.add(fichier);
        return a.toArray(String[]::new);
    }

    private static JsonNode statut(ProcessusCli p) {
        return JsonStrict.MAPPER.readTree(p.out());
    }

    @Test
    void leMemeSoldeReussitAvantLeChangementDePackEtEstS01Apres() throws Exception {
        Path solde = Files.write(dossier.resolve("solde.json"), Fixtures.exemple("solde-valide.json"));

        ProcessusCli avant = ProcessusCli.jar(simuler("SOLDE", solde.toString(), "--format-sons", MSS.toString(),
                "--date-depot", "2026-04-01T13:59"));
        ProcessusCli apres = ProcessusCli.jar(simuler("SOLDE", solde.toString(), "--format-sons", MSS.toString(),
                "--date-depot", "2026-04-01T14:00"));

        assertThat(avant.code()).as(avant.err()).isZero();
        assertThat(statut(avant).get("format").asString()).isEqualTo("vague2-sans-mss");
        assertThat(statut(avant).at("/parametres/dateDepot").asString()).isEqualTo("2026-04-01T13:59:00+02:00");
        assertThat(apres.code()).isEqualTo(1);
        assertThat(statut(apres).get("format").asString()).isEqualTo("vague2-mss");
        assertThat(statut(apres).at("/erreurs/0/code").asString()).isEqualTo("S01");
        assertThat(statut(apres).at("/erreurs/0/libelle").asString())
                .isEqualTo("La balise indicateurDeploiementMSS est manquante.");
    }

    @Test
    void p06P07EtP08SontDesRejetsAuxParametres() throws Exception {
        Path avance = Files.write(dossier.resolve("avance.json"), Fixtures.exemple("avance-valide.json"));
        Path avances = Fixtures.copie(MSS.resolve("mss"), dossier.resolve("avances"));
        Files.writeString(avances.resolve("format.json"), Files.readString(avances.resolve("format.json"))
                .replaceAll("\"SOLDE\": \"[^\"]*\",?", "").replaceAll(",(\\s*})", "$1"));

        ProcessusCli p06 = ProcessusCli.jar(simuler("AVANCE", avance.toString(), "--date-depot", "15/01/2026"));
        ProcessusCli p07 = ProcessusCli.jar(simuler("AVANCE", avance.toString(), "--date-depot", "2024-09-12T13:59"));
        ProcessusCli p08 = ProcessusCli.jar(simuler("SOLDE", avance.toString(), "--format-sons", avances.toString()));

        assertThat(List.of(p06.code(), p07.code(), p08.code())).containsOnly(1);
        assertThat(statut(p06).at("/erreurs/0/code").asString()).isEqualTo("P06");
        assertThat(statut(p06).at("/parametres/dateDepot").asString()).isEqualTo("15/01/2026");
        assertThat(statut(p07).get("message").asString())
                .isEqualTo("Aucun format SONS n'est en vigueur au 12/09/2024 13:59.");
        assertThat(statut(p08).get("message").asString())
                .isEqualTo("Le format SONS vague2-mss ne couvre pas les demandes de type SOLDE.");
    }

    @Test
    void unCatalogueQuiSeChevaucheEstRefuseParVerifierEtR01PourSimuler() throws Exception {
        Path catalogue = Fixtures.copie(MSS, dossier.resolve("chevauchement"));
        Path avant = catalogue.resolve("avant-mss/format.json");
        Files.writeString(avant, Files.readString(avant).replace("2026-04-01T14:00:00+02:00", "2026-05-01T14:00:00+02:00"));
        Path avance = Files.write(dossier.resolve("avance.json"), Fixtures.exemple("avance-valide.json"));

        ProcessusCli verifier = ProcessusCli.jar("format-sons", "verifier", catalogue.toString());
        ProcessusCli simuler = ProcessusCli.jar(simuler("AVANCE", avance.toString(), "--format-sons",
                catalogue.toString()));

        assertThat(verifier.code()).isEqualTo(1);
        assertThat(verifier.out()).contains("Calendrier :", "vague2-sans-mss", "vague2-mss", "en vigueur en même temps");
        assertThat(simuler.code()).isEqualTo(3);
        assertThat(statut(simuler).at("/erreurs/0/code").asString()).isEqualTo("R01");
        assertThat(statut(simuler).at("/erreurs/0/detail").asString()).contains("vague2-sans-mss", "vague2-mss");
    }

    @Test
    void verifierUnCatalogueDonneSonCalendrierEtSesLacunes() throws Exception {
        ProcessusCli p = ProcessusCli.jar("format-sons", "verifier", MSS.toString());

        assertThat(p.code()).as(p.out()).isZero();
        assertThat(p.out()).contains("Calendrier :",
                "vague2-sans-mss : du 12/09/2024 14:00 au 01/04/2026 14:00 (heure de Paris)",
                "vague2-mss : du 01/04/2026 14:00, sans fin (heure de Paris)",
                "Aucun format en vigueur avant le 12/09/2024 14:00 (heure de Paris).",
                "Exemple SOLDE de vague2-sans-mss", "Exemple SOLDE de vague2-mss");
    }

    @Test
    void uneFauteDeFrappeDansLePackEstLaFauteDuPack() throws Exception {
        Path pack = Fixtures.copie(MSS.resolve("mss"), dossier.resolve("faute"));
        Files.writeString(pack.resolve("format.json"), Files.readString(pack.resolve("format.json"))
                .replace("\"VA2\": \"VA2\"", "\"VA2\": \"VA12\""));
        Path avance = Files.write(dossier.resolve("avance.json"), Fixtures.exemple("avance-valide.json"));

        ProcessusCli verifier = ProcessusCli.jar("format-sons", "verifier", pack.toString());
        ProcessusCli simuler = ProcessusCli.jar(simuler("AVANCE", avance.toString(), "--format-sons", pack.toString()));

        assertThat(verifier.code()).isEqualTo(1);
        assertThat(verifier.out()).contains("La prestation VA2 renvoie au plafond VA12, qu'aucun dispositif ne définit.");
        assertThat(simuler.code()).isEqualTo(3);
        JsonNode r01 = statut(simuler).at("/erreurs/0");
        assertThat(r01.get("libelle").asString())
                .isEqualTo("La ressource format SONS ne peut pas être lue ou ne respecte pas son format.");
        assertThat(r01.get("chemin").asString()).isEqualTo(pack.toString());
        assertThat(r01.get("detail").asString()).endsWith("La prestation VA2 renvoie au plafond VA12, qu'aucun "
                + "dispositif ne définit.");
        assertThat(simuler.err()).doesNotContain("Exception").contains("Erreur interne : La ressource format SONS "
                + "ne peut pas être lue ou ne respecte pas son format.", "qu'aucun dispositif ne définit (--debug pour le détail).");
    }

    @Test
    void unPackPourLesSeulesAvancesSeVerifieSansSolde() throws Exception {
        Path avances = Fixtures.copie(MSS.resolve("mss"), dossier.resolve("avances"));
        Files.writeString(avances.resolve("format.json"), Files.readString(avances.resolve("format.json"))
                .replaceAll("\"SOLDE\": \"[^\"]*\",?", "").replaceAll(",(\\s*})", "$1"));

        ProcessusCli p = ProcessusCli.jar("format-sons", "verifier", avances.toString());

        assertThat(p.code()).as(p.out()).isZero();
        assertThat(p.out()).contains("Exemple AVANCE").doesNotContain("SOLDE");
    }

    @Test
    void verifierPrendLeReferentielDeLEditeur() throws Exception {
        Path pack = Fixtures.copie(MSS.resolve("mss"), dossier.resolve("editeur"));
        for (String exemple : List.of("exemples/avance.json", "exemples/solde.json")) {
            Path e = pack.resolve(exemple);
            Files.writeString(e, Files.readString(e).replace("SONS-V2-DEMO-DPI", "EDITEUR-42"));
        }
        Path referentiel = Files.writeString(dossier.resolve("referentiel.json"), """
                {"version": "editeur-1", "solutions": [{"numeroAns": "EDITEUR-42", "siretFournisseur": "95260181590833",
                  "raisonSociale": "Éditeur", "nomSolution": "DPI", "dispositifs": ["HOP-DPI-VA2"]}]}""");

        ProcessusCli sans = ProcessusCli.jar("format-sons", "verifier", pack.toString());
        ProcessusCli avec = ProcessusCli.jar("format-sons", "verifier", "--referentiel", referentiel.toString(),
                pack.toString());

        assertThat(sans.code()).isEqualTo(1);
        assertThat(sans.out()).contains("P04");
        assertThat(avec.code()).as(avec.out()).isZero();
        assertThat(avec.out()).contains("numéro ANS EDITEUR-42", "REUSSI");
    }

    @Test
    void unePersonneAUnTerminalLitLeRapportTexte() throws Exception {
        Path rejete = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("simulateur.jar", "target/simulateur-sons.jar")).toAbsolutePath()
                .toString();
        String commande = String.join(" ", java, "-jar", jar, String.join(" ", simuler("AVANCE", rejete.toString())));

        // script(1) gives the command a terminal of its own, as a person's shell does.
        ProcessusCli terminal = ProcessusCli.lancer(List.of("script", "-qec", commande, "/dev/null"), Map.of());
        ProcessusCli tube = ProcessusCli.jar(simuler("AVANCE", rejete.toString()));
        ProcessusCli force = ProcessusCli.lancer(List.of("script", "-qec", commande.replace(" simuler ",
                " simuler --rapport json=- "), "/dev/null"), Map.of());

        assertThat(terminal.out()).contains("Une ou plusieurs erreurs ont été retournées",
                rejete + ":19:23 D07 Le montant de TVA 19753.08 ne correspond pas au montant HT et au taux de TVA de "
                        + "20 %. (attendu : 19753.09)").doesNotContain("\"etat\"");
        assertThat(statut(tube).get("etat").asString()).isEqualTo("REJETE");
        assertThat(force.out()).contains("\"etat\" : \"REJETE\"");
    }

    @Test
    void leRapportJsonEstLeStatut() throws Exception {
        Path rejete = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));
        Path json = dossier.resolve("statut.json");

        ProcessusCli p = ProcessusCli.jar(simuler("AVANCE", rejete.toString(), "--rapport", "json=" + json,
                "--rapport", "texte=-"));

        assertThat(p.code()).isEqualTo(1);
        assertThat(p.out()).startsWith("Une ou plusieurs erreurs");
        JsonNode statut = JsonStrict.MAPPER.readTree(json.toFile());
        assertThat(statut.get("etape").asString()).isEqualTo("DEMANDES");
        assertThat(statut.get("sortie").asString()).isEqualTo(dossier.resolve("d07.sortie.json").toString());
    }
}
