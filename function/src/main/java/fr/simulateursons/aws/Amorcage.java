package fr.simulateursons.aws;

import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.Simulation;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.format.FormatSons;
import fr.simulateursons.engine.parametres.SourcesDeParametres;
import fr.simulateursons.ressources.SourcesDeRessources;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/**
 * SnapStart priming: before Lambda snapshots an execution environment, one AVANCE and one SOLDE simulation run
 * on bundled files, so that the snapshot holds Jackson, networknt, the compiled schemas and the bundled resources
 * loaded and exercised. Nothing touches S3 or the network.
 */
final class Amorcage implements Resource {

    private static final Amorcage INSTANCE = new Amorcage();

    private Amorcage() {
    }

    /** Registers the priming with the CRaC context (a no-op where the JVM cannot checkpoint). */
    static void enregistrer() {
        Core.getGlobalContext().register(INSTANCE);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        amorcer(Clock.systemUTC());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reopen: the AWS clients connect on first use.
    }

    /** @return the two results, REUSSI both when the bundled files and resources are sound on that day */
    static Resultat[] amorcer(Clock horloge) {
        Simulation simulation = new Simulation(horloge, FormatSons.defaut());
        return new Resultat[] {simuler(simulation, "AVANCE", "amorcage/avance-valide.json"),
                simuler(simulation, "SOLDE", "amorcage/solde-valide.json")};
    }

    private static Resultat simuler(Simulation simulation, String type, String ressource) {
        byte[] octets;
        try (InputStream in = Amorcage.class.getClassLoader().getResourceAsStream(ressource)) {
            octets = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return simulation.simuler(SourcesDeParametres.options(Map.of(SourcesDeParametres.NUMERO_ANS, "SONS-V2-DEMO-DPI",
                SourcesDeParametres.TYPE_DEMANDE, type, SourcesDeParametres.TAUX_TVA, "20")), Fichier.de(octets),
                SourcesDeRessources.defaut());
    }
}
