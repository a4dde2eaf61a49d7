package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.MotoServeur;
import fr.simulateursons.aws.depot.Pipeline;

import fr.simulateursons.aws.depot.Echeance;
import fr.simulateursons.aws.Journal;
import fr.simulateursons.aws.s3.ObjetDepose;
import fr.simulateursons.aws.depot.Tentative;
import fr.simulateursons.aws.depot.TraitementDepot;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import fr.simulateursons.Fixtures;
import fr.simulateursons.cli.Main;
import fr.simulateursons.moteur.json.JsonStrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-validation on moto: an archive with mixed verdicts, a resource that changes, and the report of what changed. */
@ExtendWith(MotoServeur.class)
class RevalidationMotoTest {

    static final String DEPOTS = "archive";
    static final String RESULTATS = "resultats";
    static final Map<String, String> AVANCE = Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "AVANCE",
            "taux-tva", "20");

    /** The archive: key → (content, metadata, tags). */
    private final Map<String, Object[]> archive = new LinkedHashMap<>();

    private MotoServeur.Infrastructure infra;
    private S3Client s3;
    private String file;

    @TempDir
    Path dossier;

    @BeforeEach
    void archive() throws IOException {
        infra = MotoServeur.infrastructure(DEPOTS, RESULTATS);
        s3 = infra.s3();
        file = infra.file("revalidations");
        archive.put("a/valide.json", new Object[] {Fixtures.exemple("avance-valide.json"), AVANCE, Map.of()});
        archive.put("a/d07.json", new Object[] {Fixtures.octets("demandes/avance-d07.json"), AVANCE, Map.of()});
        archive.put("a/format.json", new Object[] {Fixtures.octets("format/avance-s01.json"), AVANCE, Map.of()});
        archive.put("b/solde.json", new Object[] {Fixtures.exemple("solde-valide.json"),
                Map.of("numero-ans", "SONS-V2-DEMO-DPI", "type-demande", "SOLDE", "taux-tva", "20"), Map.of()});
        archive.put("c/tags.json", new Object[] {Fixtures.exemple("avance-valide.json"), Map.of(), AVANCE});
        archive.forEach((cle, o) -> deposer(cle, (byte[]) o[0], cast(o[1]), cast(o[2])));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cast(Object o) {
        return (Map<String, String>) o;
    }

    private void deposer(String cle, byte[] contenu, Map<String, String> metadonnees, Map<String, String> tags) {
        infra.deposer(DEPOTS, cle, contenu, metadonnees, tags);
    }

    private TravauxRevalidation revalidation(Map<String, String> autres) {
        Map<String, String> env = new HashMap<>(infra.env());
        env.put("REVALIDATION_QUEUE_URL", file);
        env.put("REVALIDATION_DELAI_CONTROLE", "0");
        env.put("REVALIDATION_FICHIERS_PAR_LOT", "2");
        env.putAll(autres);
        return TravauxRevalidation.depuis(env, Fixtures.APRES_LES_EXEMPLES);
    }

    /** Consumes the queue as Lambda would, each message handed to {@code traiter}, until the report exists. */
    private JsonNode consommer(String runId, Consumer<String> traiter) {
        for (int i = 0; i < 2000; i++) {
            List<Message> messages = infra.sqs().receiveMessage(b -> b.queueUrl(file).maxNumberOfMessages(10)
                    .waitTimeSeconds(0)).messages();
            for (Message m : messages) {
                traiter.accept(m.body());
                infra.sqs().deleteMessage(b -> b.queueUrl(file).receiptHandle(m.receiptHandle()));
            }
            if (messages.isEmpty()) {
                try {
                    return JsonStrict.MAPPER.readTree(s3.getObjectAsBytes(b -> b.bucket(RESULTATS)
                            .key("revalidations/" + runId + "/rapport.json")).asByteArray());
                } catch (NoSuchKeyException pasEncore) {
                    // a check message is on its way
                }
            }
        }
        throw new AssertionError("le run " + runId + " n'a pas fini");
    }

    private JsonNode run(TravauxRevalidation r, String runId) {
        new RevalidationHandler(r).handleRequest(Map.of("runId", runId, "prefixe", ""), null);
        RevalidationSqsHandler handler = new RevalidationSqsHandler(r);
        return consommer(runId, corps -> {
            SQSEvent e = new SQSEvent();
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("m");
            m.setBody(corps);
            e.setRecords(List.of(m));
            assertThat(handler.handleRequest(e, null).getBatchItemFailures()).isEmpty();
        });
    }

    private Map<String, String> plafondsAbaisses() {
        ObjectNode d = (ObjectNode) JsonStrict.MAPPER.readTree(getClass().getClassLoader()
                .getResourceAsStream("ressources/dispositifs.json"));
        d.put("version", "plafonds-abaisses");
        d.get("dispositifs").forEach(x -> ((ObjectNode) x.get("plafondsHT")).put("VA2", 50000));
        s3.putObject(b -> b.bucket(RESULTATS).key("ressources/dispositifs.json"), RequestBody.fromString(d.toString()));
        return Map.of("DISPOSITIFS_URI", "s3://" + RESULTATS + "/ressources/dispositifs.json");
    }

    private static List<String> cles(JsonNode rapport) {
        return rapport.get("changements").valueStream().map(c -> c.get("cle").asString()).toList();
    }

    @Test
    void unChangementDeRessourceNeSignaleQueLesVerdictsQuiChangent() {
        // The original simulations of two files, by the pipeline.
        TraitementDepot pipeline = Pipeline.traitement(infra.env(), Fixtures.APRES_LES_EXEMPLES);
        Tentative derniere = new Tentative(true, Echeance.dans(Duration.ofMinutes(1)), Journal.de(null, "INFO"));
        pipeline.traiter(new ObjetDepose(DEPOTS, "a/valide.json", null, "1", null), derniere);
        pipeline.traiter(new ObjetDepose(DEPOTS, "a/d07.json", null, "2", null), derniere);
        byte[] statutDOrigine = s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("statuts/a/valide.json")).asByteArray();

        JsonNode premier = run(revalidation(Map.of()), "run-1");
        JsonNode second = run(revalidation(plafondsAbaisses()), "run-2");

        assertThat(premier.get("reference").asString()).isEqualTo("simulations d'origine");
        assertThat(premier.get("fichiers").asInt()).isEqualTo(5);
        assertThat(premier.get("complet").asBoolean()).isTrue();
        assertThat(premier.get("changements")).isEmpty();
        assertThat(premier.get("sansReference").asInt()).isEqualTo(3);
        assertThat(premier.get("parEtat").get("REUSSI").asInt()).isEqualTo(3);

        assertThat(second.get("reference").asString()).isEqualTo("run-1");
        assertThat(cles(second)).containsExactly("a/d07.json", "a/valide.json", "b/solde.json", "c/tags.json");
        JsonNode valide = second.get("changements").get(1);
        assertThat(valide.get("avant").get("etat").asString()).isEqualTo("REUSSI");
        assertThat(valide.get("apres").get("etat").asString()).isEqualTo("REJETE");
        assertThat(valide.get("codesApparus")).extracting(JsonNode::asString).containsExactly("D06");
        String csv = s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("revalidations/run-2/rapport.csv")).asUtf8String();
        assertThat(csv.lines()).hasSize(5).contains("a/valide.json;REUSSI;REJETE/DEMANDES [D06];D06;");

        // The live statuses are the pipeline's, untouched; the run's are its own.
        assertThat(s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("statuts/a/valide.json")).asByteArray())
                .isEqualTo(statutDOrigine);
        List<JsonNode> statuts = s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("revalidations/run-2/statuts.jsonl"))
                .asUtf8String().lines().map(JsonStrict.MAPPER::readTree).toList();
        assertThat(statuts).extracting(st -> st.at("/entree/cle").asString())
                .containsExactly("a/d07.json", "a/format.json", "a/valide.json", "b/solde.json", "c/tags.json");
        assertThat(statuts.get(2).get("etat").asString()).isEqualTo("REJETE");
        // A run writes per lot, not per file: its manifest, its lots, its journal, the statuses, the report.
        assertThat(s3.listObjectsV2Paginator(b -> b.bucket(RESULTATS).prefix("revalidations/run-2/")).contents())
                .extracting(o -> o.key().substring("revalidations/run-2/".length()))
                .containsExactlyInAnyOrder("manifeste.json", "lots/0.json", "lots/1.json", "lots/2.json",
                        "verdicts.jsonl", "statuts.jsonl", "rapport.json", "rapport.csv");
    }

    @Test
    void desMessagesLivresDeuxFoisEtUnRunRelanceNeChangentRien() {
        run(revalidation(Map.of()), "run-1");
        TravauxRevalidation abaissee = revalidation(plafondsAbaisses());
        JsonNode une = run(abaissee, "run-2");

        new RevalidationHandler(abaissee).handleRequest(Map.of("runId", "run-2"), null);
        JsonNode deux = consommer("run-2", corps -> {
            abaissee.traiter(corps);
            abaissee.traiter(corps);
        });

        assertThat(Fixtures.sansHorodatage(deux)).isEqualTo(Fixtures.sansHorodatage(une));
    }

    @Test
    void unObjetSupprimePendantLeRunEstRapporteSansArreterLeRun() {
        run(revalidation(Map.of()), "run-1");
        TravauxRevalidation r = revalidation(Map.of());
        new RevalidationHandler(r).handleRequest(Map.of("runId", "run-2"), null);
        s3.listObjectVersions(b -> b.bucket(DEPOTS).prefix("b/solde.json")).versions()
                .forEach(v -> s3.deleteObject(b -> b.bucket(DEPOTS).key(v.key()).versionId(v.versionId())));

        JsonNode rapport = consommer("run-2", r::traiter);

        assertThat(rapport.get("complet").asBoolean()).isTrue();
        assertThat(rapport.get("fichiers").asInt()).isEqualTo(5);
        assertThat(rapport.get("parEtat").get("ERREUR_INTERNE").asInt()).isEqualTo(1);
        assertThat(cles(rapport)).containsExactly("b/solde.json");
        assertThat(rapport.get("changements").get(0).get("apres").get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(rapport.at("/erreursInternes/0/cle").asString()).isEqualTo("b/solde.json");
        assertThat(rapport.at("/erreursInternes/0/raison").asString()).isEqualTo("l'objet a disparu de l'archive pendant le run");
    }

    @Test
    void unRunDontLesLotsNAvancentPlusEstRapporteIncompletEtNeDevientPasLaReference() {
        run(revalidation(Map.of()), "run-1");
        TravauxRevalidation r = revalidation(Map.of("REVALIDATION_CONTROLES_SANS_PROGRES", "3"));
        new RevalidationHandler(r).handleRequest(Map.of("runId", "run-2"), null);

        // The lots never get done (lost to the dead-letter queue, say): only the checks of the run's end are handled.
        JsonNode rapport = consommer("run-2", corps -> {
            if (!corps.contains("\"type\":\"lot\"")) {
                r.traiter(corps);
            }
        });
        JsonNode suivant = run(revalidation(Map.of()), "run-3");

        assertThat(rapport.get("complet").asBoolean()).isFalse();
        assertThat(rapport.get("attendus").asInt()).isEqualTo(5);
        assertThat(rapport.get("fichiers").asInt()).isZero();
        assertThat(suivant.get("reference").asString()).isEqualTo("run-1");
        assertThat(suivant.get("complet").asBoolean()).isTrue();
    }

    @Test
    void unRunLentMaisQuiAvanceVaJusquAuBout() {
        TravauxRevalidation r = revalidation(Map.of("REVALIDATION_CONTROLES_SANS_PROGRES", "2",
                "REVALIDATION_TENTATIVES", "0", "REVALIDATION_FICHIERS_PAR_LOT", "1"));
        new RevalidationHandler(r).handleRequest(Map.of("runId", "lent"), null);
        List<String> lots = new java.util.ArrayList<>();

        // One lot gets done between two checks: more checks than the limit without progress, but never two idle ones.
        JsonNode rapport = consommer("lent", corps -> {
            if (corps.contains("\"type\":\"lot\"")) {
                lots.add(corps);
                return;
            }
            if (!lots.isEmpty()) {
                r.traiter(lots.remove(0));
            }
            r.traiter(corps);
        });

        assertThat(rapport.get("complet").asBoolean()).isTrue();
        assertThat(rapport.get("fichiers").asInt()).isEqualTo(5);
    }

    /**
     * {@code -Drevalidation.fichiers=25 -Drevalidation.runs=12} for the closing note's measure (runs in a row, each
     * timed, each after the first compared with the one before); fewer by default, to keep CI short.
     */
    @Test
    void uneGrandeArchiveFinitAvecUnRapportCompletEtLeRunSuivantYCompare() {
        int n = Integer.getInteger("revalidation.fichiers", 300);
        int repetitions = Integer.getInteger("revalidation.runs", 2);
        byte[] petit = Fixtures.exemple("avance-valide.json");
        for (int i = 0; i < n; i++) {
            deposer(String.format("lot/%05d.json", i), petit, AVANCE, Map.of());
        }
        Map<String, String> env = new HashMap<>(infra.env());
        env.put("REVALIDATION_QUEUE_URL", file);
        env.put("REVALIDATION_DELAI_CONTROLE", "0");
        TravauxRevalidation r = TravauxRevalidation.depuis(env, Fixtures.APRES_LES_EXEMPLES);

        for (int k = 1; k <= repetitions; k++) {
            long debut = System.nanoTime();
            new RevalidationHandler(r).handleRequest(Map.of("runId", "grand-" + k, "prefixe", "lot/"), null);
            JsonNode rapport = consommer("grand-" + k, r::traiter);

            System.out.printf("revalidation %d de %d fichiers sur moto : %d ms%n", k, n,
                    (System.nanoTime() - debut) / 1_000_000);
            assertThat(rapport.get("complet").asBoolean()).isTrue();
            assertThat(rapport.get("fichiers").asInt()).isEqualTo(n);
            assertThat(rapport.get("parEtat").get("REUSSI").asInt()).isEqualTo(n);
            assertThat(rapport.get("reference").asString()).isEqualTo(k == 1 ? "simulations d'origine" : "grand-" + (k - 1));
            assertThat(rapport.get("sansReference").asInt()).isEqualTo(k == 1 ? n : 0);
        }
    }

    @Test
    void laCommandeLocaleSurLesMemesFichiersDonneLeMemeRapport() throws IOException {
        run(revalidation(Map.of()), "run-1");
        JsonNode s3Rapport = run(revalidation(plafondsAbaisses()), "run-2");

        ObjectNode parametres = JsonStrict.MAPPER.createObjectNode();
        ObjectNode fichiers = parametres.putObject("fichiers");
        for (Map.Entry<String, Object[]> e : archive.entrySet()) {
            Path f = dossier.resolve("archive").resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, (byte[]) e.getValue()[0]);
            ObjectNode p = fichiers.putObject(e.getKey());
            Map<String, String> valeurs = new HashMap<>(cast(e.getValue()[2]));
            valeurs.putAll(cast(e.getValue()[1]));
            valeurs.forEach(p::put);
        }
        Files.writeString(dossier.resolve("parametres.json"), parametres.toString());
        Path dispositifs = dossier.resolve("dispositifs.json");
        Files.write(dispositifs, s3.getObjectAsBytes(b -> b.bucket(RESULTATS).key("ressources/dispositifs.json"))
                .asByteArray());

        local("--run-id", "run-1");
        JsonNode localRapport = local("--run-id", "run-2", "--dispositifs", dispositifs.toString());

        assertThat(localRapport.get("changements")).isEqualTo(s3Rapport.get("changements"));
        assertThat(localRapport.get("parEtat")).isEqualTo(s3Rapport.get("parEtat"));
        assertThat(localRapport.get("reference").asString()).isEqualTo("run-1");
    }

    private JsonNode local(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 6];
        args[0] = "simuler-lot";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--parametres";
        args[options.length + 2] = dossier.resolve("parametres.json").toString();
        args[options.length + 3] = "--sortie";
        args[options.length + 4] = dossier.resolve("runs").toString();
        args[options.length + 5] = dossier.resolve("archive").toString();
        int code = Main.executer(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                Fixtures.APRES_LES_EXEMPLES);
        assertThat(code).isZero();
        return JsonStrict.MAPPER.readTree(out.toByteArray());
    }
}
