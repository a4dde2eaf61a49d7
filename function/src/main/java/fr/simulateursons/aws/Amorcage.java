package fr.simulateursons.aws;

import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.RessourcesIllisibles;
import fr.simulateursons.moteur.pack.OutilsPack;
import fr.simulateursons.moteur.pack.SourcePack;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.time.Clock;

/**
 * SnapStart priming: before Lambda snapshots an execution environment, the bundled format pack is compiled and its
 * AVANCE and SOLDE examples are simulated, so that the snapshot holds Jackson, networknt, the compiled pack and the
 * bundled resources loaded and exercised. Nothing touches S3 or the network.
 */
public final class Amorcage implements Resource {

    private static final Amorcage INSTANCE = new Amorcage();

    private Amorcage() {
    }

    /** Registers the priming with the CRaC context (a no-op where the JVM cannot checkpoint). */
    public static void enregistrer() {
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

    /**
     * The bundled resources' and format pack's own checks: the resources' schemas and the pack are compiled, and its
     * AVANCE and SOLDE examples run through the whole chain with the bundled resources, so that the snapshot holds
     * all of it warm.
     */
    static OutilsPack.Verification amorcer(Clock horloge) {
        try {
            // A simulation never checks the bundled resources: a replaced one (REFERENTIEL_URI…) needs the schemas.
            Moteur.builder().build().verifierRessources();
        } catch (RessourcesIllisibles e) {
            throw new IllegalStateException(e);
        }
        return OutilsPack.verifier(SourcePack.embarque(), Moteur.builder().horloge(horloge), "20");
    }
}
