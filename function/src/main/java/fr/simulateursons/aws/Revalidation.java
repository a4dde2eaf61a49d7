package fr.simulateursons.aws;

import fr.simulateursons.engine.Etat;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.revalidation.Ligne;
import fr.simulateursons.revalidation.Rapport;
import fr.simulateursons.revalidation.Verdict;
import fr.simulateursons.sortie.Statut;
import fr.simulateursons.sortie.StatutJson;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Scheduled re-validation of the archive (the input bucket) against the resources in force, in three steps:
 * <ol>
 * <li>{@link #lancer}: list the archive, write the run's manifest, send one SQS message per lot of keys,
 * then a {@code controle} message;</li>
 * <li>a {@code lot} message: simulate each key with the parameters stored on it; write the run's status and
 * verdict of each, and the lot's lines (verdict before and after);</li>
 * <li>a {@code controle} message: when the lots written match the manifest's count, write the report;
 * otherwise check again later, and after the last try write the report as incomplete.</li>
 * </ol>
 * Everything lives under {@code revalidations/<runId>/} in the results bucket: the live {@code statuts/K} are
 * never touched. Every step is idempotent: a message delivered twice, or a run re-launched with the same id,
 * writes the same objects.
 */
public final class Revalidation {

    public static final String PREFIXE = "revalidations/";
    static final String DERNIER = PREFIXE + "dernier.json";

    /** Where the archive is, where the lots go, and how the end of a run is watched for. */
    public record Reglages(String bucketDepots, String urlFile, int fichiersParLot, int delaiControleSecondes,
                           int tentativesMax) {
    }

    private final S3Client s3;
    private final SqsClient sqs;
    private final Configuration configuration;
    private final SimulationS3 simulation;
    private final Reglages reglages;
    private final Clock horloge;

    public Revalidation(S3Client s3, SqsClient sqs, Configuration configuration, SimulationS3 simulation,
                        Reglages reglages, Clock horloge) {
        this.s3 = s3;
        this.sqs = sqs;
        this.configuration = configuration;
        this.simulation = simulation;
        this.reglages = reglages;
        this.horloge = horloge;
    }

    /** Step 1. {@code runId} null: the current UTC time; {@code prefixe}: only the archive's keys under it. */
    public ObjectNode lancer(String runId, String prefixe) {
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = runId == null || runId.isBlank() ? debut.toString() : runId.strip();
        if (id.contains("/")) {
            throw new IllegalArgumentException("un runId ne contient pas de / : " + id);
        }
        Optional<JsonNode> existant = lireJson(PREFIXE + id + "/manifeste.json");
        String precedent = existant.map(m -> m.path("precedent").asString(null))
                .orElseGet(() -> lireJson(DERNIER).map(d -> d.path("runId").asString(null))
                        .filter(p -> !p.equals(id)).orElse(null));

        List<List<ObjectNode>> lots = new ArrayList<>();
        List<ObjectNode> courant = new ArrayList<>();
        int fichiers = 0;
        for (S3Object o : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(reglages.bucketDepots())
                .prefix(prefixe == null ? "" : prefixe).build()).contents()) {
            if (o.key().startsWith(TraitementDepot.STATUTS) || o.key().startsWith(TraitementDepot.SORTIES)
                    || o.key().startsWith(PREFIXE)) {
                continue;
            }
            courant.add(JsonStrict.MAPPER.createObjectNode().put("cle", o.key()).put("etag", o.eTag().replace("\"", "")));
            fichiers++;
            if (courant.size() == reglages.fichiersParLot()) {
                lots.add(courant);
                courant = new ArrayList<>();
            }
        }
        if (!courant.isEmpty()) {
            lots.add(courant);
        }

        ObjectNode manifeste = JsonStrict.MAPPER.createObjectNode();
        manifeste.put("runId", id);
        manifeste.put("precedent", precedent);
        manifeste.put("prefixe", prefixe == null ? "" : prefixe);
        manifeste.put("fichiers", fichiers);
        manifeste.put("lots", lots.size());
        manifeste.put("debut", existant.map(m -> m.path("debut").asString()).orElse(debut.toString()));
        ecrire(PREFIXE + id + "/manifeste.json", manifeste.toString());

        List<ObjectNode> messages = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            ObjectNode m = JsonStrict.MAPPER.createObjectNode().put("type", "lot").put("runId", id)
                    .put("precedent", precedent).put("lot", i);
            lots.get(i).forEach(m.putArray("objets")::add);
            messages.add(m);
        }
        envoyer(messages, 0);
        envoyer(List.of(controle(id, 1)), reglages.delaiControleSecondes());
        return manifeste;
    }

    /** Steps 2 and 3: one SQS message of the run. */
    public void traiter(String corps) {
        JsonNode m = JsonStrict.MAPPER.readTree(corps);
        switch (m.path("type").asString()) {
            case "lot" -> traiterLot(m);
            case "controle" -> controler(m.path("runId").asString(), m.path("tentative").asInt());
            default -> throw new IllegalArgumentException("message de re-validation inconnu : " + m.path("type"));
        }
    }

    private void traiterLot(JsonNode m) {
        String id = m.path("runId").asString();
        String precedent = m.path("precedent").asString(null);
        ArrayNode lignes = JsonStrict.MAPPER.createArrayNode();
        for (JsonNode objet : m.path("objets")) {
            String cle = objet.path("cle").asString();
            ObjetDepose o = new ObjetDepose(reglages.bucketDepots(), cle, null, objet.path("etag").asString(null), null);
            Instant debut = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            SimulationS3.Simule s = simulation.simuler(o);
            String simulationId = UUID.nameUUIDFromBytes((id + "/" + o.bucket() + "/" + cle)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            ecrire(PREFIXE + id + "/statuts/" + cle, StatutJson.texte(Statut.de(simulationId, s.resultat(), s.entree(),
                    null, debut, horloge.instant().truncatedTo(ChronoUnit.MILLIS))));
            Verdict apres = Verdict.de(s.resultat());
            ecrire(PREFIXE + id + "/verdicts/" + cle + ".json", apres.json().toString());
            lignes.add(new Ligne(cle, s.entree().versionId(), avant(cle, precedent), apres).json());
        }
        ObjectNode lot = JsonStrict.MAPPER.createObjectNode().put("lot", m.path("lot").asInt());
        lot.set("lignes", lignes);
        ecrire(PREFIXE + id + "/lots/" + m.path("lot").asInt() + ".json", lot.toString());
    }

    /** The previous run's verdict of that key, else its original simulation's (final statuses only). */
    private Verdict avant(String cle, String precedent) {
        if (precedent != null) {
            return lireJson(PREFIXE + precedent + "/verdicts/" + cle + ".json").map(Verdict::lire).orElse(null);
        }
        Optional<JsonNode> statut = lireJson(TraitementDepot.STATUTS + cle);
        if (statut.isEmpty() || statut.get().path("etat").asString().equals(Etat.EN_COURS.name())) {
            return null;
        }
        Optional<byte[]> sortie = statut.get().path("sortie").isString()
                ? lire(statut.get().path("sortie").asString()) : Optional.empty();
        return Verdict.deStatut(statut.get(), sortie);
    }

    private void controler(String id, int tentative) {
        JsonNode manifeste = lireJson(PREFIXE + id + "/manifeste.json")
                .orElseThrow(() -> new IllegalStateException("run sans manifeste : " + id));
        List<String> lots = s3.listObjectsV2Paginator(b -> b.bucket(configuration.bucketResultats())
                .prefix(PREFIXE + id + "/lots/")).contents().stream().map(S3Object::key).toList();
        boolean complet = lots.size() >= manifeste.path("lots").asInt();
        if (!complet && tentative < reglages.tentativesMax()) {
            envoyer(List.of(controle(id, tentative + 1)), Math.max(reglages.delaiControleSecondes(), 1));
            return;
        }
        List<Ligne> lignes = new ArrayList<>();
        for (String cle : lots) {
            lireJson(cle).ifPresent(l -> l.path("lignes").forEach(x -> lignes.add(Ligne.lire(x))));
        }
        Rapport rapport = new Rapport(id, manifeste.path("precedent").asString(null),
                Instant.parse(manifeste.path("debut").asString()), horloge.instant().truncatedTo(ChronoUnit.SECONDS),
                complet, manifeste.path("fichiers").asInt(), lignes);
        ecrire(PREFIXE + id + "/rapport.json", JsonStrict.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(rapport.json()));
        s3.putObject(b -> b.bucket(configuration.bucketResultats()).key(PREFIXE + id + "/rapport.csv")
                .contentType("text/csv; charset=utf-8"), RequestBody.fromString(rapport.csv(), StandardCharsets.UTF_8));
        ecrire(DERNIER, JsonStrict.MAPPER.createObjectNode().put("runId", id).toString());
    }

    private static ObjectNode controle(String id, int tentative) {
        return JsonStrict.MAPPER.createObjectNode().put("type", "controle").put("runId", id).put("tentative", tentative);
    }

    private void envoyer(List<ObjectNode> messages, int delai) {
        for (int debut = 0; debut < messages.size(); debut += 10) {
            List<SendMessageBatchRequestEntry> lot = new ArrayList<>();
            for (int i = debut; i < Math.min(debut + 10, messages.size()); i++) {
                lot.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i))
                        .messageBody(messages.get(i).toString()).delaySeconds(delai).build());
            }
            var reponse = sqs.sendMessageBatch(b -> b.queueUrl(reglages.urlFile()).entries(lot));
            if (!reponse.failed().isEmpty()) {
                throw new IllegalStateException("messages refusés par SQS : " + reponse.failed());
            }
        }
    }

    private void ecrire(String cle, String json) {
        s3.putObject(b -> b.bucket(configuration.bucketResultats()).key(cle).contentType("application/json; charset=utf-8"),
                RequestBody.fromString(json, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> lire(String cle) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(configuration.bucketResultats()).key(cle)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private Optional<JsonNode> lireJson(String cle) {
        return lire(cle).map(JsonStrict.MAPPER::readTree);
    }
}
