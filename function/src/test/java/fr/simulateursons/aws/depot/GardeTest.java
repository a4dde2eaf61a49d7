package fr.simulateursons.aws.depot;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.GenerateurDemandes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard gives up on a simulation past its budget, and the simulation stops: it does not run on beside the next. */
class GardeTest {

    /** Past the guard's abandonment, how long the simulation's thread may still run the engine. */
    private static final Duration ARRET = Duration.ofMillis(100);
    private static final Parametres PARAMETRES = Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20");

    @TempDir
    Path dossier;

    /**
     * The bundled pack, each demande validated {@code fois} times over ({@code allOf} of as many references to its
     * schema): a validation that many times slower, and never endless.
     */
    private Path packLent(int fois) throws IOException {
        Path source = Fixtures.MODULE.resolve("src/main/resources/format-sons/vague2");
        Path pack = dossier.resolve("lent");
        try (Stream<Path> fichiers = Files.walk(source)) {
            for (Path f : fichiers.toList()) {
                Files.copy(f, pack.resolve(source.relativize(f).toString()));
            }
        }
        Path schema = pack.resolve("avance.schema.json");
        ObjectNode s = (ObjectNode) JsonStrict.MAPPER.readTree(Files.readAllBytes(schema));
        ArrayNode toutes = ((ObjectNode) s.get("properties").get("demandes")).putObject("items").putArray("allOf");
        for (int i = 0; i < fois; i++) {
            toutes.addObject().put("$ref", "#/$defs/demande");
        }
        Files.write(schema, JsonStrict.MAPPER.writeValueAsBytes(s));
        return pack;
    }

    @Test
    void uneSimulationAbandonneeSArreteDansLes100MsEnErreurInterneEtLeFilResteInterrompu() throws Exception {
        Path pack = packLent(2);
        Moteur moteur = Moteur.builder().formatSons(pack).horloge(Fixtures.APRES_LES_EXEMPLES).build();
        byte[] fichier = GenerateurDemandes.avance(2 * 1024 * 1024, false);
        // Warm, as a Lambda environment after its first invocations: the engine's code compiled, the slow pack read
        // and compiled. Then how long the slow simulation takes on this machine now: the guard gives up half-way,
        // in the validation of the demandes, which is most of it.
        Moteur ordinaire = Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES).build();
        for (int i = 0; i < 2; i++) {
            assertThat(ordinaire.simuler(fichier, PARAMETRES).etat()).isEqualTo(Etat.REUSSI);
        }
        assertThat(moteur.simuler(pack.resolve("exemples/avance.json"), PARAMETRES).etat()).isEqualTo(Etat.REUSSI);
        Duration duree = Duration.ofDays(1);
        for (int i = 0; i < 2; i++) {
            long avant = System.nanoTime();
            assertThat(moteur.simuler(fichier, PARAMETRES).etat()).isEqualTo(Etat.REUSSI);
            duree = Collections.min(List.of(duree, Duration.ofNanos(System.nanoTime() - avant)));
        }
        AtomicReference<Thread> fil = new AtomicReference<>();
        AtomicReference<Resultat> resultat = new AtomicReference<>();
        AtomicBoolean interrompu = new AtomicBoolean();

        Optional<Garde.Issue<Resultat>> issue = new Garde().executer(() -> {
            fil.set(Thread.currentThread());
            Resultat r = moteur.simuler(fichier, PARAMETRES);
            interrompu.set(Thread.currentThread().isInterrupted());
            resultat.set(r);
            return r;
        }, duree.dividedBy(2));
        long limite = System.nanoTime() + ARRET.toNanos();

        assertThat(issue).as("la garde a abandonné à %d ms une simulation qui en prend %d", duree.dividedBy(2).toMillis(), duree.toMillis()).isEmpty();
        // The thread itself, observed every other millisecond: the engine is off its stack within the bound.
        boolean arrete = false;
        while (!arrete && System.nanoTime() < limite) {
            arrete = Arrays.stream(fil.get().getStackTrace())
                    .noneMatch(e -> e.getClassName().startsWith("fr.simulateursons.moteur."));
            if (!arrete) {
                Thread.sleep(2);
            }
        }
        assertThat(arrete).as("le fil de la simulation ne fait plus tourner le moteur %d ms après l'abandon : %s",
                ARRET.toMillis(), Arrays.toString(fil.get().getStackTrace())).isTrue();
        long fin = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (resultat.get() == null && System.nanoTime() < fin) {
            Thread.sleep(1);
        }
        assertThat(resultat.get()).as("le résultat de la simulation abandonnée").isNotNull();
        assertThat(resultat.get().etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(resultat.get().cause()).containsInstanceOf(CancellationException.class);
        assertThat(interrompu).isTrue();
    }
}
