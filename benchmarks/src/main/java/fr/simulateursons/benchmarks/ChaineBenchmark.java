package fr.simulateursons.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.format.ControleFormat;
import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.outils.GenerateurDemandes;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The warm path, each figure read against a baseline of the same run: a bare Jackson {@code readTree} of the
 * same bytes (for the whole chain), networknt validating the same tree with the same schema (for our schema
 * step), the 1 MiB chain (for the 4 MiB one), the valid file (for the one where every demande is in anomaly).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChaineBenchmark {

    @Param({"65536", "1048576", "4194304"})
    int taille;

    @Param({"valide", "anomalies"})
    String fichier;

    private byte[] octets;
    private JsonNode arbre;
    private Schema schema;
    private final JsonMapper jackson = JsonMapper.builder().build();
    private final Pack format = Entrees.format();
    private final ParametresValides parametres = Entrees.parametresLus();
    private final Simulation simulation = new Simulation(Clock.systemUTC());
    private final SourcesDeRessources ressources = SourcesDeRessources.defaut();

    @Setup
    public void preparer() {
        octets = GenerateurDemandes.avance(taille, fichier.equals("anomalies"));
        arbre = JsonStrict.MAPPER.readTree(octets);
        schema = format.type("AVANCE").schema();
    }

    /** Baseline: Jackson with its defaults, nothing of ours. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jackson.readTree(octets);
    }

    /** Baseline: networknt alone, same schema, same tree. */
    @Benchmark
    public List<Error> schemaNetworknt() {
        return schema.validate(arbre);
    }

    /** Our FORMAT stage: networknt, the mapping to S01–S06, the read check through the pack and the header. */
    @Benchmark
    public ControleFormat.Controle schemaFormatSons() {
        return ControleFormat.controler(arbre, format, parametres);
    }

    /** Everything a simulation does: resources, parameters, read, parse, schema, header, demandes, annotated file. */
    @Benchmark
    public Resultat chaineComplete() {
        return simulation.simuler(Entrees.PARAMETRES, Entrees.fichier(octets), ressources);
    }
}
