package fr.simulateursons.moteur.revalidation;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one re-validation logic of S3 runs and {@code simuler-lot}: its JSON, byte for byte, and its choice of reference. */
class RunsTest {

    private static final Verdict REUSSI = new Verdict(Etat.REUSSI, null, new TreeSet<>());
    private static final Verdict D06 = new Verdict(Etat.REJETE, Etape.DEMANDES, new TreeSet<>(List.of("D07", "D06")));
    private static final Instant DEBUT = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant FIN = Instant.parse("2026-11-26T02:05:00Z");
    private static final Resultat PASSE = Resultat.reussi(new Resultat.Synthese(1, 0), ParametresLus.AUCUN,
            Resultat.Versions.AUCUNE, List.of("A"));
    private static final Resultat REJETE_D06 = Resultat.rejetDemandes(new Resultat.Synthese(1, 1), ParametresLus.AUCUN,
            Resultat.Versions.AUCUNE, List.of("A"), new byte[0], Map.of(0, List.of(
                    Code.D06.erreur("/demandes/0/bonDeCommande/montantHT", "1", "2"),
                    Code.D07.erreur("/demandes/0/bonDeCommande/montantTVA", "1", "20"))));

    /** A store in memory: path → text. */
    private final Map<String, String> magasin = new TreeMap<>();
    private final Runs runs = new Runs(new Runs.Magasin() {
        @Override
        public Optional<byte[]> lire(String chemin) {
            return Optional.ofNullable(magasin.get(chemin)).map(t -> t.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void ecrire(String chemin, byte[] contenu, String typeDeContenu) {
            magasin.put(chemin, new String(contenu, StandardCharsets.UTF_8));
        }
    });

    @Test
    void leJsonDesVerdictsEtDesLignesEstCeluiDesRunsDejaEcrits() {
        assertThat(JsonStrict.MAPPER.writeValueAsString(D06))
                .isEqualTo("{\"etat\":\"REJETE\",\"etape\":\"DEMANDES\",\"codes\":[\"D06\",\"D07\"]}");
        assertThat(JsonStrict.MAPPER.writeValueAsString(REUSSI)).isEqualTo("{\"etat\":\"REUSSI\",\"etape\":null,\"codes\":[]}");
        String ligne = "{\"cle\":\"a.json\",\"versionId\":null,\"avant\":null,"
                + "\"apres\":{\"etat\":\"REUSSI\",\"etape\":null,\"codes\":[]}}";
        assertThat(JsonStrict.MAPPER.writeValueAsString(new Ligne("a.json", null, null, REUSSI))).isEqualTo(ligne);
        assertThat(JsonStrict.MAPPER.readValue(ligne, Ligne.class)).isEqualTo(new Ligne("a.json", null, null, REUSSI));
    }

    @Test
    void leRapportCompteLesEtatsEtListeLesChangementsEnOrdreDeCle() {
        Run m = runs.ouvrir("run-1", "", DEBUT, 3, 2);

        String json = runs.conclureLignes(m, FIN, true, List.of(new Ligne("b.json", "v2", REUSSI, D06),
                new Ligne("a.json", null, null, REUSSI), new Ligne("c.json", null, D06, D06)));

        assertThat(json).isEqualTo("""
                {
                  "runId" : "run-1",
                  "reference" : "simulations d'origine",
                  "debut" : "2026-11-26T02:00:00Z",
                  "fin" : "2026-11-26T02:05:00Z",
                  "complet" : true,
                  "attendus" : 3,
                  "fichiers" : 3,
                  "parEtat" : {
                    "REUSSI" : 1,
                    "REJETE" : 2,
                    "ERREUR_INTERNE" : 0
                  },
                  "sansReference" : 1,
                  "changements" : [ {
                    "cle" : "b.json",
                    "avant" : {
                      "etat" : "REUSSI",
                      "etape" : null,
                      "codes" : [ ]
                    },
                    "apres" : {
                      "etat" : "REJETE",
                      "etape" : "DEMANDES",
                      "codes" : [ "D06", "D07" ]
                    },
                    "codesApparus" : [ "D06", "D07" ],
                    "codesDisparus" : [ ]
                  } ]
                }""");
        assertThat(magasin.get("run-1/rapport.csv")).isEqualTo("cle;avant;apres;codesApparus;codesDisparus\n"
                + "b.json;REUSSI;REJETE/DEMANDES [D06, D07];D06 D07;\n");
        assertThat(magasin.get("run-1/manifeste.json")).isEqualTo("{\"runId\":\"run-1\",\"precedent\":null,"
                + "\"prefixe\":\"\",\"fichiers\":3,\"lots\":2,\"debut\":\"2026-11-26T02:00:00Z\"}");
        assertThat(magasin.get(Runs.DERNIER)).isEqualTo("{\"runId\":\"run-1\"}");
    }

    @Test
    void unRunComparePrecedentCompletEtUnRunIncompletNeDevientJamaisLaReference() {
        Run premier = runs.ouvrir("run-1", "", DEBUT, 1, 1);
        runs.conclureLignes(premier, FIN, true, List.of(enregistrer(premier, "a.json", PASSE, Optional.empty())));

        Run partiel = runs.ouvrir("run-2", "", DEBUT, 2, 2);
        String rapport = runs.conclureLignes(partiel, FIN, false,
                List.of(enregistrer(partiel, "a.json", REJETE_D06, Optional.of(D06))));
        Run troisieme = runs.ouvrir("run-3", "", DEBUT, 1, 1);

        assertThat(partiel.precedent()).isEqualTo("run-1");
        assertThat(JsonStrict.MAPPER.readTree(rapport).get("complet").asBoolean()).isFalse();
        assertThat(JsonStrict.MAPPER.readTree(rapport).get("changements").get(0).get("avant").get("etat").asString())
                .isEqualTo("REUSSI");
        assertThat(troisieme.precedent()).isEqualTo("run-1");
        assertThat(enregistrer(troisieme, "a.json", REJETE_D06, Optional.empty()).avant()).isEqualTo(REUSSI);
        assertThat(enregistrer(troisieme, "absent.json", REJETE_D06, Optional.of(D06)).avant()).isNull();
    }

    @Test
    void unRunRelanceGardeSaReferenceEtSonDebut() {
        runs.conclureLignes(runs.ouvrir("run-1", "", DEBUT, 0, 0), FIN, true, List.of());
        Run deuxieme = runs.ouvrir("run-2", "", DEBUT, 0, 0);
        runs.conclureLignes(deuxieme, FIN, true, List.of());

        Run relance = runs.ouvrir("run-2", "", FIN, 0, 0);

        assertThat(relance).isEqualTo(deuxieme);
        assertThat(relance.precedent()).isEqualTo("run-1");
        assertThat(runs.ouvrir("run-1", "", FIN, 0, 0).precedent()).isNull();
    }

    @Test
    void sansRunPrecedentLeVerdictDOrigineEstLaReference() {
        Run premier = runs.ouvrir("run-1", "", DEBUT, 1, 1);

        assertThat(enregistrer(premier, "a.json", PASSE, Optional.of(D06)).avant()).isEqualTo(D06);
        assertThat(enregistrer(premier, "a.json", PASSE, Optional.empty()).avant()).isNull();
    }

    @Test
    void unStatutDOrigineEncoreEnCoursNEstPasUneReference() {
        Run premier = runs.ouvrir("run-1", "", DEBUT, 1, 1);
        Runs.Origine enCours = origine("{\"etat\": \"EN_COURS\", \"etape\": null, \"erreurs\": []}", Optional.empty());

        assertThat(runs.enregistrer("run-1", null, new Statut.Entree("a.json", null, null, 1L), PASSE, DEBUT, FIN,
                enCours).ligne().avant()).isNull();
    }

    @Test
    void chaqueFichierALeStatutEtLeVerdictDeSonRunSousUnIdentifiantDuRunEtDeSaCle() {
        Run run = runs.ouvrir("run-1", "", DEBUT, 1, 1);

        Runs.Revalide fait = runs.enregistrer("run-1", null, new Statut.Entree("sous/a.json", "v1", null, 12L),
                REJETE_D06, DEBUT, FIN, Runs.Origine.AUCUNE);

        assertThat(fait.ligne()).isEqualTo(new Ligne("sous/a.json", "v1", null, D06));
        assertThat(fait.statut().simulationId()).isEqualTo(UUID.nameUUIDFromBytes(
                "run-1/sous/a.json".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(Statut.lire(magasin.get("run-1/statuts/sous/a.json").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(fait.statut());
        assertThat(magasin.get("run-1/verdicts/sous/a.json.json"))
                .isEqualTo("{\"etat\":\"REJETE\",\"etape\":\"DEMANDES\",\"codes\":[\"D06\",\"D07\"]}");
        assertThat(run.precedent()).isNull();
    }

    private Ligne enregistrer(Run run, String cle, Resultat resultat, Optional<Verdict> verdictDOrigine) {
        // The original simulation as the live store holds it: a REJETE at DEMANDES names its annotated file.
        Runs.Origine origine = verdictDOrigine.map(v -> origine("{\"etat\": \"REJETE\", \"etape\": \"DEMANDES\", "
                + "\"erreurs\": [], \"sortie\": \"sorties/" + cle + "\"}", Optional.of("{\"demandes\": [{\"anomalies\": "
                + "[{\"code\": \"D06\"}, {\"code\": \"D07\"}]}]}"))).orElse(Runs.Origine.AUCUNE);
        return runs.enregistrer(run.runId(), run.precedent(), new Statut.Entree(cle, null, null, 1L), resultat, DEBUT,
                FIN, origine).ligne();
    }

    private static Runs.Origine origine(String statut, Optional<String> fichier) {
        return new Runs.Origine() {
            @Override
            public Optional<byte[]> statut() {
                return Optional.of(statut.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public Optional<byte[]> fichier(String sortie) {
                return fichier.map(f -> f.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
