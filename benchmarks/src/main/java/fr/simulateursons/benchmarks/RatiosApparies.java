package fr.simulateursons.benchmarks;

import com.networknt.schema.Schema;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.format.ControleFormat;
import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.outils.GenerateurDemandes;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Each ratio of BENCHMARKS.md measured in pairs: the measured operation and its baseline alternate in one warm
 * JVM, round after round, and the ratio is the median of the per-round ratios. On a shared VM whose speed drifts
 * (CPU steal), both sides of a pair see the same machine, which separate JMH forks do not.
 * <p>
 * {@code java [-XX:TieredStopAtLevel=1] -cp benchmarks.jar fr.simulateursons.benchmarks.RatiosApparies [tours]}
 * prints one JSON line per ratio.
 */
public final class RatiosApparies {

    private RatiosApparies() {
    }

    public static void main(String[] args) {
        int tours = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        byte[] un = GenerateurDemandes.avance(1_048_576, false);
        byte[] quatre = GenerateurDemandes.avance(4_194_304, false);
        byte[] anomalies = GenerateurDemandes.avance(4_194_304, true);
        JsonNode arbre = JsonStrict.MAPPER.readTree(quatre);
        Pack format = Entrees.format();
        ParametresValides parametres = Entrees.parametresLus();
        Schema schema = format.type("AVANCE").schema();
        JsonMapper jackson = JsonMapper.builder().build();
        Simulation simulation = new Simulation(Clock.systemUTC());
        SourcesDeRessources ressources = SourcesDeRessources.defaut();

        paire("chaine4MiB/readTree4MiB", tours, () -> simulation.simuler(Entrees.PARAMETRES, Entrees.fichier(quatre), ressources),
                () -> jackson.readTree(quatre));
        paire("schemaFormatSons/schemaNetworknt", tours, () -> ControleFormat.controler(arbre, format, parametres),
                () -> schema.validate(arbre));
        paire("chaine4MiB/chaine1MiB", tours, () -> simulation.simuler(Entrees.PARAMETRES, Entrees.fichier(quatre), ressources),
                () -> simulation.simuler(Entrees.PARAMETRES, Entrees.fichier(un), ressources));
        paire("chaineAnomalies/chaineValide", tours,
                () -> simulation.simuler(Entrees.PARAMETRES, Entrees.fichier(anomalies), ressources),
                () -> simulation.simuler(Entrees.PARAMETRES, Entrees.fichier(quatre), ressources));
        paire("schemaNetworknt/readTree4MiB", tours, () -> schema.validate(arbre), () -> jackson.readTree(quatre));
    }

    private static void paire(String nom, int tours, Supplier<?> mesure, Supplier<?> reference) {
        for (int i = 0; i < tours / 2; i++) {
            mesure.get();
            reference.get();
        }
        List<Double> ratios = new ArrayList<>();
        double[] a = new double[tours];
        double[] b = new double[tours];
        for (int i = 0; i < tours; i++) {
            long t0 = System.nanoTime();
            Object x = mesure.get();
            long t1 = System.nanoTime();
            Object y = reference.get();
            long t2 = System.nanoTime();
            if (x == null || y == null) {
                throw new IllegalStateException();
            }
            a[i] = (t1 - t0) / 1e6;
            b[i] = (t2 - t1) / 1e6;
            ratios.add(a[i] / b[i]);
        }
        ratios.sort(null);
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf(java.util.Locale.ROOT,
                "{\"ratio\": \"%s\", \"mediane\": %.3f, \"q1\": %.3f, \"q3\": %.3f, \"mesureMs\": %.2f, \"referenceMs\": %.2f}%n",
                nom, ratios.get(tours / 2), ratios.get(tours / 4), ratios.get(3 * tours / 4), a[tours / 2], b[tours / 2]);
    }
}
