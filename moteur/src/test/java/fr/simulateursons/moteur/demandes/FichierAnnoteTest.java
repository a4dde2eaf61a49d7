package fr.simulateursons.moteur.demandes;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import fr.simulateursons.moteur.json.Positions;
import tools.jackson.core.JsonToken;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FichierAnnoteTest {

    /** The annotated file of a small document, its demandes' ends found as the chain finds them. */
    private static byte[] annoter(byte[] entree, Map<Integer, List<Erreur>> anomalies) {
        Map<String, Positions.Lieu> lieux = Positions.trouver(entree,
                anomalies.keySet().stream().map(i -> "/demandes/" + i).toList());
        Map<Integer, Integer> fermetures = new java.util.TreeMap<>();
        anomalies.keySet().forEach(i -> fermetures.put(i, (int) lieux.get("/demandes/" + i).fin()));
        return FichierAnnote.annoter(entree, fermetures, anomalies);
    }

    /**
     * The round trip of the issue: both documents as token streams, the output's {@code anomalies} members
     * left out, must be the same tokens with the same texts, in the same order.
     */
    private static List<String> jetonsSansAnomalies(byte[] octets) {
        List<String> jetons = new ArrayList<>();
        try (JsonParser p = JsonStrict.MAPPER.createParser(octets)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME && p.currentName().equals("anomalies")
                        && p.streamReadContext().getNestingDepth() == 3) {
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                jetons.add(t + " " + p.getString());
            }
        }
        return jetons;
    }

    private static Resultat rejete(String fixture) {
        Resultat r = Fixtures.simuler(Fixtures.octets(fixture), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);
        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        return r;
    }

    @Test
    void lesValeursEtLOrdreDesClesSontIntacts() {
        byte[] entree = Fixtures.octets("sortie/avance-textes-exacts-d07.json");
        byte[] sortie = rejete("sortie/avance-textes-exacts-d07.json").fichierDeSortie().orElseThrow();

        assertThat(jetonsSansAnomalies(sortie)).isEqualTo(jetonsSansAnomalies(entree));
        String texte = new String(sortie, StandardCharsets.UTF_8);
        assertThat(texte).contains("\"montantHT\": 100.10,", "\"montantTVA\": 20.0300,", "\"montantTTC\": 1.2013E+2");
    }

    @Test
    void seulesLesDemandesEnAnomalieSontAnnotees() {
        byte[] sortie = rejete("sortie/avance-textes-exacts-d07.json").fichierDeSortie().orElseThrow();

        var demandes = JsonStrict.MAPPER.readTree(sortie).get("demandes");
        assertThat(demandes.get(0).has("anomalies")).isTrue();
        assertThat(demandes.get(1).has("anomalies")).isFalse();
        assertThat(demandes.get(0).get("anomalies").get(0).get("chemin").asString())
                .isEqualTo("/demandes/0/bonDeCommande/montantTVA");
    }

    @Test
    void uneDemandeIndenteeRecoitDesAnomaliesIndentees() {
        byte[] sortie = rejete("demandes/avance-d07.json").fichierDeSortie().orElseThrow();

        assertThat(new String(sortie, StandardCharsets.UTF_8)).contains(String.join("\n",
                "        \"montantTTC\": 118518.52",
                "      },",
                "      \"anomalies\": [",
                "        {\"code\": \"D07\", \"libelle\": \"Le montant de TVA 19753.08 ne correspond pas au montant HT "
                        + "et au taux de TVA de 20 %.\", \"chemin\": \"/demandes/0/bonDeCommande/montantTVA\", "
                        + "\"ligne\": 19, \"colonne\": 23, \"attendu\": \"19753.09\"}",
                "      ]",
                "    },"));
    }

    @Test
    void uneEntreeCompacteResteCompacteEtLesCrlfSontGardes() {
        byte[] compact = "{\"demandes\":[{\"a\":1},{\"b\":[2]}]}".getBytes(StandardCharsets.UTF_8);
        byte[] crlf = "{\r\n  \"demandes\": [\r\n    {\r\n      \"a\": 1\r\n    }\r\n  ]\r\n}".getBytes(StandardCharsets.UTF_8);
        List<Erreur> une = List.of(Code.D08.erreur("/demandes/1/x", "3"));

        assertThat(new String(annoter(compact, Map.of(1, une)), StandardCharsets.UTF_8)).isEqualTo(
                "{\"demandes\":[{\"a\":1},{\"b\":[2],\"anomalies\":[{\"code\":\"D08\",\"libelle\":\"Le montant TTC 3 "
                        + "doit être égal au montant HT augmenté de la TVA.\",\"chemin\":\"/demandes/1/x\"}]}]}");
        assertThat(new String(annoter(crlf, Map.of(0, une)), StandardCharsets.UTF_8)).isEqualTo(
                "{\r\n  \"demandes\": [\r\n    {\r\n      \"a\": 1,\r\n      \"anomalies\": [\r\n        {\"code\": "
                        + "\"D08\", \"libelle\": \"Le montant TTC 3 doit être égal au montant HT augmenté de la TVA.\", "
                        + "\"chemin\": \"/demandes/1/x\"}\r\n      ]\r\n    }\r\n  ]\r\n}");
    }

    @Test
    void unBomEstGarde() {
        byte[] entree = "\uFEFF{\"demandes\":[{\"a\":1}]}".getBytes(StandardCharsets.UTF_8);

        byte[] sortie = annoter(entree, Map.of(0, List.of(Code.D01.erreur("/demandes/0/a", "1"))));

        assertThat(sortie).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(JsonStrict.MAPPER.readTree(sortie).get("demandes").get(0).get("anomalies")).hasSize(1);
    }
}
