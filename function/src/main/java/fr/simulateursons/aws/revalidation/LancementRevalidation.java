package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.s3.Cles;

import fr.simulateursons.moteur.revalidation.Run;
import fr.simulateursons.moteur.revalidation.Runs;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The first job of a run: list the archive (paged, under a prefix), write the run's manifest, send one message per
 * lot of keys, then the first check of the run's end.
 */
final class LancementRevalidation {

    private final S3Client s3;
    private final Runs runs;
    private final MessagesRevalidation messages;
    private final TravauxRevalidation.Reglages reglages;
    private final Clock horloge;

    LancementRevalidation(S3Client s3, Runs runs, MessagesRevalidation messages, TravauxRevalidation.Reglages reglages,
                          Clock horloge) {
        this.s3 = s3;
        this.runs = runs;
        this.messages = messages;
        this.reglages = reglages;
        this.horloge = horloge;
    }

    /** {@code runId} null: the current UTC time; {@code prefixe}: only the archive's keys under it. */
    Run lancer(String runId, String prefixe) {
        Instant debut = horloge.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = runId == null || runId.isBlank() ? debut.toString() : runId.strip();
        if (id.contains("/")) {
            throw new IllegalArgumentException("un runId ne contient pas de / : " + id);
        }
        String sous = prefixe == null ? "" : prefixe;
        List<List<MessagesRevalidation.Objet>> lots = new ArrayList<>();
        List<MessagesRevalidation.Objet> courant = new ArrayList<>();
        int fichiers = 0;
        for (S3Object o : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(reglages.bucketDepots())
                .prefix(sous).build()).contents()) {
            if (Cles.estUnResultat(o.key())) {
                continue;
            }
            courant.add(new MessagesRevalidation.Objet(o.key(), o.eTag().replace("\"", "")));
            fichiers++;
            if (courant.size() == reglages.fichiersParLot()) {
                lots.add(courant);
                courant = new ArrayList<>();
            }
        }
        if (!courant.isEmpty()) {
            lots.add(courant);
        }
        Run manifeste = runs.ouvrir(id, sous, debut, fichiers, lots.size());
        List<MessagesRevalidation.Lot> aEnvoyer = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            aEnvoyer.add(new MessagesRevalidation.Lot(MessagesRevalidation.LOT, id, manifeste.precedent(), i, lots.get(i)));
        }
        messages.envoyer(aEnvoyer, 0);
        messages.envoyer(List.of(new MessagesRevalidation.Controle(MessagesRevalidation.CONTROLE, id, 1, 0, 0)),
                reglages.delaiControleSecondes());
        return manifeste;
    }
}
