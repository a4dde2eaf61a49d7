package fr.simulateursons.moteur;

import fr.simulateursons.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import fr.simulateursons.moteur.json.JsonStrict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole chain on the fixtures: one code each, with its exact message and chemin. */
class SimulationTest {

    @Test
    void lesExemplesPassent() {
        Resultat avance = Fixtures.simuler(Fixtures.exemple("avance-valide.json"), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);
        Resultat solde = Fixtures.simuler(Fixtures.exemple("solde-valide.json"), "SOLDE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(avance.etat()).isEqualTo(Etat.REUSSI);
        assertThat(avance.etape()).isNull();
        assertThat(avance.erreurs()).isEmpty();
        assertThat(avance.synthese()).contains(new Resultat.Synthese(3, 0));
        assertThat(avance.fichierDeSortie()).isEmpty();
        assertThat(avance.message()).isEqualTo("La simulation de l'import s'est déroulée correctement. Cependant, "
                + "des contrôles supplémentaires seront réalisés lors du dépôt de votre/vos demande(s) de financement.");
        assertThat(solde.etat()).isEqualTo(Etat.REUSSI);
        assertThat(solde.synthese()).contains(new Resultat.Synthese(2, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            format/avance-s01.json          | AVANCE | S01 | /siret                                      | La balise siret est manquante.
            format/avance-s01-imbrique.json | AVANCE | S01 | /demandes/0/beneficiaire/raisonSociale      | La balise raisonSociale est manquante.
            format/solde-s01.json           | SOLDE  | S01 | /demandes/0/attestation                     | La balise attestation est manquante.
            format/avance-s02.json          | AVANCE | S02 | /demandes/1/facture                         | La balise facture n'est pas attendue.
            format/avance-s03.json          | AVANCE | S03 | /demandes/0/bonDeCommande/montantHT         | La balise montantHT doit être de type nombre.
            format/racine-s03.json          | AVANCE | S03 | ''                                          | La balise racine doit être de type objet.
            format/avance-s03-item.json     | AVANCE | S03 | /demandes/2                                 | La balise demandes doit être de type objet.
            format/avance-s04.json          | AVANCE | S04 | /siret                                      | La valeur de la balise siret ne respecte pas le format attendu.
            format/avance-s04-date.json     | AVANCE | S04 | /demandes/0/bonDeCommande/dateSignature     | La valeur de la balise dateSignature ne respecte pas le format attendu.
            format/avance-s04-exposant-enorme.json | AVANCE | S04 | /demandes/0/bonDeCommande/montantHT | La valeur de la balise montantHT ne respecte pas le format attendu.
            format/avance-s05.json          | AVANCE | S05 | /demandes/0/prestation                      | La valeur de la balise prestation doit être l'une des valeurs : VA2, VA1_VA2.
            format/avance-s06.json          | AVANCE | S06 | /demandes                                   | La balise demandes doit contenir au moins une demande.
            format/avance-e02.json          | AVANCE | E02 | /numeroReferencement                        | Le numéro de référencement du fichier SONS-V2-DEMO-PFI ne correspond pas au numéro ANS saisi SONS-V2-DEMO-DPI.
            format/avance-e03.json          | AVANCE | E03 | /siret                                      | Le SIRET du fichier 90166131860918 n'est pas celui du titulaire du référencement SONS-V2-DEMO-DPI.
            format/avance-e04.json          | AVANCE | E04 | /dispositif                                 | Le dispositif HOP-PFI-VA2 n'est pas couvert par le référencement de la solution SONS-V2-DEMO-DPI.
            """)
    void unCodeDeFormat(String fixture, String type, Code code, String chemin, String libelle) {
        Resultat r = Fixtures.simuler(Fixtures.octets(fixture), type, "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.etape()).isEqualTo(Etape.FORMAT);
        assertThat(sansLieu(r.erreurs())).containsExactly(Fixtures.erreur(code, libelle, chemin));
        assertThat(r.message()).isEqualTo("Une ou plusieurs erreurs ont été retournées lors de la simulation de "
                + "l'import. Veuillez corriger votre fichier en suivant les erreurs du fichier de retour.");
        assertThat(r.fichierDeSortie()).isEmpty();
        assertThat(r.synthese()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            demandes/avance-d01.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D01 | /demandes/0/idDemande                       | L'identifiant de demande DEM-2025-0001 figure plusieurs fois dans le fichier.
            demandes/avance-d01.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 2 | D01 | /demandes/2/idDemande                       | L'identifiant de demande DEM-2025-0001 figure plusieurs fois dans le fichier.
            demandes/avance-d02.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 1 | D02 | /demandes/1/beneficiaire/siret              | Le SIRET du bénéficiaire 97975432319487 est invalide.
            demandes/avance-d02-la-poste.json | AVANCE | 20 | 2026-11-26T10:00:00Z | 0 | D02 | /demandes/0/beneficiaire/siret            | Le SIRET du bénéficiaire 35600000000002 est invalide.
            demandes/avance-d03.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D03 | /demandes/0/beneficiaire/finessJuridique    | Le FINESS juridique 017924409 est invalide.
            demandes/avance-d04.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D04 | /demandes/0/beneficiaire/finessGeographique | Le FINESS géographique 036859958 est invalide.
            demandes/avance-d05.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D05 | /demandes/0/beneficiaire/finessGeographique | Le bénéficiaire 036859957 fait l'objet de plusieurs demandes pour la prestation VA2.
            demandes/avance-d05.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 2 | D05 | /demandes/2/beneficiaire/finessGeographique | Le bénéficiaire 036859957 fait l'objet de plusieurs demandes pour la prestation VA2.
            demandes/avance-d06.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D06 | /demandes/0/bonDeCommande/montantHT         | Le montant HT 150000.01 doit être positif et ne pas dépasser le plafond de 150000.00 € HT.
            demandes/avance-d06-zero.json   | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D06 | /demandes/0/bonDeCommande/montantHT         | Le montant HT 0 doit être positif et ne pas dépasser le plafond de 150000.00 € HT.
            demandes/avance-d07.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 0 | D07 | /demandes/0/bonDeCommande/montantTVA        | Le montant de TVA 19753.08 ne correspond pas au montant HT et au taux de TVA de 20 %.
            demandes/avance-d07-arrondi.json | AVANCE | 5,5 | 2026-11-26T10:00:00Z | 0 | D07 | /demandes/0/bonDeCommande/montantTVA       | Le montant de TVA 0.16 ne correspond pas au montant HT et au taux de TVA de 5.5 %.
            demandes/solde-d07-facture.json | SOLDE  | 20  | 2026-11-26T10:00:00Z | 0 | D07 | /demandes/0/facture/montantTVA              | Le montant de TVA 19753.1 ne correspond pas au montant HT et au taux de TVA de 20 %.
            demandes/avance-d08.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 1 | D08 | /demandes/1/bonDeCommande/montantTTC        | Le montant TTC 144000.01 doit être égal au montant HT augmenté de la TVA.
            demandes/avance-d08-exposant.json | AVANCE | 20 | 2026-11-26T10:00:00Z | 1 | D08 | /demandes/1/bonDeCommande/montantTTC       | Le montant TTC 1.4400001E+5 doit être égal au montant HT augmenté de la TVA.
            demandes/avance-d09.json        | AVANCE | 20  | 2025-12-01T10:00:00Z | 2 | D09 | /demandes/2/bonDeCommande/dateSignature     | La date de signature 2025-12-02 du bon de commande est dans le futur.
            demandes/avance-d10.json        | AVANCE | 20  | 2026-11-26T10:00:00Z | 2 | D10 | /demandes/2/bonDeCommande/dateSignature     | La date de signature 2025-12-18 du bon de commande est postérieure à la date limite du 2025-12-17.
            demandes/solde-d11.json         | SOLDE  | 20  | 2026-11-26T10:00:00Z | 0 | D11 | /demandes/0/facture/date                    | La date de facture 2025-06-14 est antérieure à la signature du bon de commande.
            demandes/solde-d12.json         | SOLDE  | 20  | 2026-11-26T10:00:00Z | 1 | D12 | /demandes/1/facture/montantHT               | Le montant HT facturé 120000.01 dépasse le montant HT du bon de commande.
            demandes/solde-d13.json         | SOLDE  | 20  | 2026-11-26T10:00:00Z | 0 | D13 | /demandes/0/attestation/date                | La date d'attestation 2025-06-14 est incohérente avec le bon de commande.
            demandes/solde-d13-future.json  | SOLDE  | 20  | 2026-11-26T10:00:00Z | 1 | D13 | /demandes/1/attestation/date                | La date d'attestation 2026-12-01 est incohérente avec le bon de commande.
            """)
    void unCodeDeDemande(String fixture, String type, String taux, String instant, int demande, Code code,
                         String chemin, String libelle) {
        Resultat r = Fixtures.simuler(Fixtures.octets(fixture), type, taux, Fixtures.a(instant));

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.etape()).isEqualTo(Etape.DEMANDES);
        assertThat(r.erreurs()).isEmpty();
        assertThat(r.message()).isEqualTo("Une ou plusieurs erreurs ont été retournées lors de la simulation de "
                + "l'import. Veuillez corriger votre fichier en suivant les erreurs du fichier de retour.");
        assertThat(anomalies(r, demande)).containsExactly(new Anomalie(code.name(), libelle, chemin));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            demandes/avance-la-poste-somme-valide.json | AVANCE | 20  | 2026-11-26T10:00:00Z
            demandes/avance-la-poste-luhn-valide.json  | AVANCE | 20  | 2026-11-26T10:00:00Z
            demandes/avance-finess-corse-valide.json   | AVANCE | 20  | 2026-11-26T10:00:00Z
            demandes/avance-d06-plafond-valide.json    | AVANCE | 20  | 2026-11-26T10:00:00Z
            demandes/avance-tva-arrondi-valide.json    | AVANCE | 5.5 | 2026-11-26T10:00:00Z
            demandes/avance-date-limite-valide.json    | AVANCE | 20  | 2026-11-26T10:00:00Z
            demandes/avance-d09.json                   | AVANCE | 20  | 2025-12-01T23:30:00Z
            """)
    void limitesAdmises(String fixture, String type, String taux, String instant) {
        Resultat r = Fixtures.simuler(Fixtures.octets(fixture), type, taux, Fixtures.a(instant));

        assertThat(r.erreurs()).isEmpty();
        assertThat(r.etat()).isEqualTo(Etat.REUSSI);
    }

    @Test
    void d14SeulementAvecUneBaseDEligibilite() {
        byte[] octets = Fixtures.octets("demandes/avance-d14.json");
        Clock horloge = Fixtures.APRES_LES_EXEMPLES;

        Resultat sans = Fixtures.simuler(octets, "AVANCE", "20", horloge);
        Resultat avec = Fixtures.simuler(octets, Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"), horloge,
                Fixtures.avecEligibilite("demandes/eligibilite.json"));

        assertThat(sans.etat()).isEqualTo(Etat.REUSSI);
        assertThat(avec.etat()).isEqualTo(Etat.REJETE);
        assertThat(avec.synthese()).contains(new Resultat.Synthese(3, 2));
        assertThat(anomalies(avec, 0)).isEmpty();
        assertThat(anomalies(avec, 1)).containsExactly(new Anomalie("D14",
                "Le bénéficiaire 076617604 n'est pas éligible au dispositif HOP-DPI-VA2.",
                "/demandes/1/bonDeCommande/montantHT"));
        assertThat(anomalies(avec, 2)).containsExactly(new Anomalie("D14",
                "Le bénéficiaire 011092814 n'est pas éligible au dispositif HOP-DPI-VA2.",
                "/demandes/2/beneficiaire/finessGeographique"));
    }

    @Test
    void touteLesErreursDeFormatSontRapportees() {
        Resultat r = Fixtures.simuler(Fixtures.octets("format/avance-plusieurs.json"), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.erreurs()).extracting(e -> e.code().name() + " " + e.chemin()).containsExactly(
                "S02 /extra",
                "S04 /demandes/0/idDemande",
                "S05 /demandes/0/prestation",
                "S04 /demandes/0/beneficiaire/siret",
                "S01 /demandes/0/beneficiaire/raisonSociale",
                "S03 /demandes/1/bonDeCommande/montantHT",
                "S04 /demandes/1/bonDeCommande/montantTVA",
                "S04 /demandes/1/bonDeCommande/montantTTC",
                "S01 /numeroReferencement");
    }

    @Test
    void lesQuatreControlesDeLEnteteSontTousRapportes() {
        Resultat r = Fixtures.simuler(Fixtures.octets("format/avance-e01-e02-e03-e04.json"), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etape()).isEqualTo(Etape.FORMAT);
        assertThat(sansLieu(r.erreurs())).containsExactly(
                Fixtures.erreur(Code.E01, "Le SIRET du fournisseur 95260181590834 est invalide.", "/siret"),
                Fixtures.erreur(Code.E02, "Le numéro de référencement du fichier SONS-V2-DEMO-PFI ne correspond pas au "
                        + "numéro ANS saisi SONS-V2-DEMO-DPI.", "/numeroReferencement"),
                Fixtures.erreur(Code.E03, "Le SIRET du fichier 95260181590834 n'est pas celui du titulaire du "
                        + "référencement SONS-V2-DEMO-DPI.", "/siret"),
                Fixtures.erreur(Code.E04, "Le dispositif HOP-PFI-VA2 n'est pas couvert par le référencement de la "
                        + "solution SONS-V2-DEMO-DPI.", "/dispositif"));
    }

    @Test
    void lEnteteNEstVerifieeQueSiLeSchemaTient() {
        // Its header fails all four checks (avance-e01-e02-e03-e04.json's), but a demande lacks a balise.
        Resultat r = Fixtures.simuler(Fixtures.octets("format/avance-s01-entete-fausse.json"), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etape()).isEqualTo(Etape.FORMAT);
        assertThat(r.erreurs()).extracting(Erreur::code).containsOnly(Code.S01, Code.S02);
    }

    record Anomalie(String code, String libelle, String chemin) {
    }

    static List<Anomalie> anomalies(Resultat r, int demande) {
        JsonNode sortie = JsonStrict.MAPPER.readTree(r.fichierDeSortie().orElseThrow());
        List<Anomalie> anomalies = new ArrayList<>();
        for (JsonNode a : sortie.get("demandes").get(demande).path("anomalies")) {
            anomalies.add(new Anomalie(a.get("code").asString(), a.get("libelle").asString(), a.get("chemin").asString()));
        }
        return anomalies;
    }

    /** What this class checks: code, libellé, chemin; where each is in the file is {@code LocalisationTest}'s. */
    private static List<Erreur> sansLieu(List<Erreur> erreurs) {
        return erreurs.stream().map(e -> new Erreur(e.code(), e.valeurs(), e.chemin())).toList();
    }
}
