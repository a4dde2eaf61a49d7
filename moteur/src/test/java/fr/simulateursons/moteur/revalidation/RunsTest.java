package fr.simulateursons.moteur.revalidation;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one re-validation logic of S3 runs and {@code simuler-lot}: its JSON, byte for byte, and its choice of reference. */
class RunsTest {

    private static final Verdict REUSSI = new Verdict(Etat.REUSSI, null, new TreeSet<>());
    private static final Verdict INTERNE = new Verdict(Etat.ERREUR_INTERNE, null, new TreeSet<>());
    private static final Verdict D06 = new Verdict(Etat.REJETE, Etape.DEMANDES, new TreeSet<>(List.of("D07", "D06")));
    private static final Instant DEBUT = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant FIN = Instant.parse("2026-11-26T02:05:00Z");
    private static final Resultat PASSE = Resultat.reussi(new Resultat.Synthese(1, 0), ParametresLus.AUCUN,
            Resultat.Versions.AUCUNE, List.of("A"));
    private static final Resultat REJETE_D06 = Resultat.rejetDemandes(new Resultat.Synthese(1, 1), ParametresLus.AUCUN,
            Resultat.Versions.AUCUNE, List.of("A"), new byte[0], Map.of(0, List.of(
                    Code.D06.erreur("/demandes/0/bonDeCommande/montantHT", "1", "2"),
                    Code.D07.erreur("/demandes/0/bonDeCommande/montantTVA", "1", "20"))));

    /** A store in memory: path → text, and the paths read from it. */
    private final Map<String, String> magasin = new TreeMap<>();
    private final List<String> lectures = new CopyOnWriteArrayList<>();
    private final Runs runs = new Runs(new Runs.Magasin() {
        @Override
        public Optional<byte[]> lire(String chemin) {
            lectures.add(chemin);
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
        assertThat(JsonStrict.MAPPER.writeValueAsString(new Ligne("a.json", null, null, REUSSI, null))).isEqualTo(ligne);
        assertThat(JsonStrict.MAPPER.readValue(ligne, Ligne.class)).isEqualTo(new Ligne("a.json", null, null, REUSSI, null));
    }

    @Test
    void leRapportCompteLesEtatsEtListeLesChangementsEnOrdreDeCle() {
        Run m = runs.ouvrir("run-1", "", DEBUT, 4, 2);

        String json = runs.conclure(m, FIN, true, List.of(new Ligne("b.json", "v2", REUSSI, D06, null),
                new Ligne("a.json", null, null, REUSSI, null), new Ligne("c.json", null, D06, D06, null),
                new Ligne("d.json", null, null, INTERNE, "le fichier a disparu pendant le run")), List.of());

        assertThat(json).isEqualTo("""
                {
                  "runId" : "run-1",
                  "reference" : "simulations d'origine",
                  "debut" : "2026-11-26T02:00:00Z",
                  "fin" : "2026-11-26T02:05:00Z",
                  "complet" : true,
                  "attendus" : 4,
                  "fichiers" : 4,
                  "parEtat" : {
                    "REUSSI" : 1,
                    "REJETE" : 2,
                    "ERREUR_INTERNE" : 1
                  },
                  "sansReference" : 2,
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
                  } ],
                  "erreursInternes" : [ {
                    "cle" : "d.json",
                    "raison" : "le fichier a disparu pendant le run"
                  } ]
                }""");
        assertThat(magasin.get("run-1/rapport.csv")).isEqualTo("cle;avant;apres;codesApparus;codesDisparus\n"
                + "b.json;REUSSI;REJETE/DEMANDES [D06, D07];D06 D07;\n");
        assertThat(magasin.get("run-1/manifeste.json")).isEqualTo("{\"runId\":\"run-1\",\"precedent\":null,"
                + "\"prefixe\":\"\",\"fichiers\":4,\"lots\":2,\"debut\":\"2026-11-26T02:00:00Z\"}");
        assertThat(magasin.get(Runs.DERNIER)).isEqualTo("{\"runId\":\"run-1\"}");
        // The journal: one line per file in key order, what the next run compares with and a person greps.
        assertThat(magasin.get("run-1/verdicts.jsonl")).isEqualTo("""
                {"cle":"a.json","versionId":null,"avant":null,"apres":{"etat":"REUSSI","etape":null,"codes":[]}}
                {"cle":"b.json","versionId":"v2","avant":{"etat":"REUSSI","etape":null,"codes":[]},\
                "apres":{"etat":"REJETE","etape":"DEMANDES","codes":["D06","D07"]}}
                {"cle":"c.json","versionId":null,"avant":{"etat":"REJETE","etape":"DEMANDES","codes":["D06","D07"]},\
                "apres":{"etat":"REJETE","etape":"DEMANDES","codes":["D06","D07"]}}
                {"cle":"d.json","versionId":null,"avant":null,"apres":{"etat":"ERREUR_INTERNE","etape":null,"codes":[]},\
                "raison":"le fichier a disparu pendant le run"}
                """);
        assertThat(magasin.get("run-1/statuts.jsonl")).isEmpty();
    }

    @Test
    void unRunComparePrecedentCompletEtUnRunIncompletNeDevientJamaisLaReference() {
        Run premier = runs.ouvrir("run-1", "", DEBUT, 1, 1);
        runs.conclure(premier, FIN, true, List.of(enregistrer(premier, "a.json", PASSE, Optional.empty())), List.of());

        Run partiel = runs.ouvrir("run-2", "", DEBUT, 2, 2);
        String rapport = runs.conclure(partiel, FIN, false,
                List.of(enregistrer(partiel, "a.json", REJETE_D06, Optional.of(D06))), List.of());
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
        runs.conclure(runs.ouvrir("run-1", "", DEBUT, 0, 0), FIN, true, List.of(), List.of());
        Run deuxieme = runs.ouvrir("run-2", "", DEBUT, 0, 0);
        runs.conclure(deuxieme, FIN, true, List.of(), List.of());

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

        assertThat(runs.revalider("run-1", null, new Statut.Entree("a.json", null, null, 1L), PASSE, DEBUT, FIN,
                enCours, null).ligne().avant()).isNull();
    }

    @Test
    void seulsLesStatutsDesFichiersNonReussisSontGardesSousUnIdentifiantDuRunEtDeSaCle() {
        Run run = runs.ouvrir("run-1", "", DEBUT, 2, 1);

        Runs.Revalide rejete = runs.revalider("run-1", null, new Statut.Entree("sous/a.json", "v1", null, 12L),
                REJETE_D06, DEBUT, FIN, Runs.Origine.AUCUNE, null);
        Runs.Revalide reussi = runs.revalider("run-1", null, new Statut.Entree("b.json", null, null, 12L),
                PASSE, DEBUT, FIN, Runs.Origine.AUCUNE, null);
        runs.conclure(run, FIN, true, List.of(reussi, rejete));

        assertThat(rejete.ligne()).isEqualTo(new Ligne("sous/a.json", "v1", null, D06, null));
        assertThat(rejete.statut().simulationId()).isEqualTo(UUID.nameUUIDFromBytes(
                "run-1/sous/a.json".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(magasin.get("run-1/statuts.jsonl").lines().toList()).hasSize(1);
        assertThat(Statut.lire(magasin.get("run-1/statuts.jsonl").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(rejete.statut());
        assertThat(magasin.keySet()).noneMatch(k -> k.contains("/statuts/") || k.contains("/verdicts/"));
        assertThat(run.precedent()).isNull();
    }

    @Test
    void uneErreurInterneDitPourquoi() {
        Run run = runs.ouvrir("run-1", "", DEBUT, 3, 1);
        Resultat r01 = Resultat.erreurInterne(List.of(Code.R01.erreur("dispositifs.json", "dispositifs")),
                ParametresLus.AUCUN, Resultat.Versions.AUCUNE, null);

        List<Runs.Revalide> faits = List.of(
                runs.revalider("run-1", null, new Statut.Entree("a.json", null, null, null),
                        Resultat.erreurInterne(new IOException()), DEBUT, FIN, Runs.Origine.AUCUNE, "accès refusé"),
                runs.revalider("run-1", null, new Statut.Entree("b.json", null, null, null), r01, DEBUT, FIN,
                        Runs.Origine.AUCUNE, null),
                runs.revalider("run-1", null, new Statut.Entree("c.json", null, null, null),
                        Resultat.erreurInterne(new IllegalStateException()), DEBUT, FIN, Runs.Origine.AUCUNE, null));
        JsonNode rapport = JsonStrict.MAPPER.readTree(runs.conclure(run, FIN, true, faits));

        assertThat(rapport.get("erreursInternes").valueStream().map(e -> e.get("cle").asString() + " : "
                + e.get("raison").asString())).containsExactly("a.json : accès refusé",
                "b.json : " + Code.R01.erreur("dispositifs.json", "dispositifs").libelle(),
                "c.json : erreur technique pendant la simulation");
        assertThat(magasin.get("run-1/statuts.jsonl").lines()).hasSize(3);
    }

    @Test
    void lesLotsRassemblentLeursLignesEtLeursStatutsALaFinDuRun() {
        Run run = runs.ouvrir("run-1", "", DEBUT, 3, 2);
        runs.ecrireLot("run-1", 0, List.of(runs.revalider("run-1", null, new Statut.Entree("b.json", null, null, 1L),
                REJETE_D06, DEBUT, FIN, Runs.Origine.AUCUNE, null)));
        runs.ecrireLot("run-1", 1, List.of(runs.revalider("run-1", null, new Statut.Entree("a.json", null, null, 1L),
                PASSE, DEBUT, FIN, Runs.Origine.AUCUNE, null)));
        // A lot written before lots carried statuses: its lines still count.
        magasin.put("run-1/lots/2.json", "{\"lot\":2,\"lignes\":[{\"cle\":\"c.json\",\"versionId\":null,"
                + "\"avant\":null,\"apres\":{\"etat\":\"REUSSI\",\"etape\":null,\"codes\":[]}}]}");

        JsonNode rapport = JsonStrict.MAPPER.readTree(runs.conclureDepuisLots(run, FIN, true,
                List.of("run-1/lots/0.json", "run-1/lots/1.json", "run-1/lots/2.json")));

        assertThat(rapport.get("fichiers").asInt()).isEqualTo(3);
        assertThat(magasin.get("run-1/verdicts.jsonl").lines().map(l -> JsonStrict.MAPPER.readTree(l).get("cle").asString()))
                .containsExactly("a.json", "b.json", "c.json");
        assertThat(Statut.lire(magasin.get("run-1/statuts.jsonl").getBytes(StandardCharsets.UTF_8)).entree().cle())
                .isEqualTo("b.json");
    }

    @Test
    void leJournalDeLaReferenceEstLuUneFoisPourTousLesFichiers() {
        Run premier = runs.ouvrir("run-1", "", DEBUT, 2, 1);
        runs.conclure(premier, FIN, true, List.of(enregistrer(premier, "a.json", PASSE, Optional.empty()),
                enregistrer(premier, "b.json", REJETE_D06, Optional.empty())), List.of());
        Run second = runs.ouvrir("run-2", "", DEBUT, 3, 1);
        lectures.clear();

        List<Verdict> avant = Stream.of("b.json", "a.json", "nouveau.json")
                .map(cle -> enregistrer(second, cle, PASSE, Optional.empty()).avant()).toList();

        assertThat(avant).containsExactly(D06, REUSSI, null);
        assertThat(lectures).containsExactly("run-1/verdicts.jsonl");
    }

    @Test
    void uneReferenceEcriteAvantLesJournauxEstLueFichierParFichier() {
        magasin.put("ancien/manifeste.json", "{\"runId\":\"ancien\",\"precedent\":null,\"prefixe\":\"\","
                + "\"fichiers\":1,\"lots\":1,\"debut\":\"2026-11-25T02:00:00Z\"}");
        magasin.put("ancien/verdicts/a.json.json", "{\"etat\":\"REJETE\",\"etape\":\"DEMANDES\",\"codes\":[\"D06\",\"D07\"]}");
        magasin.put(Runs.DERNIER, "{\"runId\":\"ancien\"}");
        Run run = runs.ouvrir("run-1", "", DEBUT, 2, 1);

        assertThat(run.precedent()).isEqualTo("ancien");
        assertThat(enregistrer(run, "a.json", PASSE, Optional.empty()).avant()).isEqualTo(D06);
        assertThat(enregistrer(run, "b.json", PASSE, Optional.empty()).avant()).isNull();
    }

    private Ligne enregistrer(Run run, String cle, Resultat resultat, Optional<Verdict> verdictDOrigine) {
        // The original simulation as the live store holds it: a REJETE at DEMANDES names its annotated file.
        Runs.Origine origine = verdictDOrigine.map(v -> origine("{\"etat\": \"REJETE\", \"etape\": \"DEMANDES\", "
                + "\"erreurs\": [], \"sortie\": \"sorties/" + cle + "\"}", Optional.of("{\"demandes\": [{\"anomalies\": "
                + "[{\"code\": \"D06\"}, {\"code\": \"D07\"}]}]}"))).orElse(Runs.Origine.AUCUNE);
        return runs.revalider(run.runId(), run.precedent(), new Statut.Entree(cle, null, null, 1L), resultat, DEBUT,
                FIN, origine, null).ligne();
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
