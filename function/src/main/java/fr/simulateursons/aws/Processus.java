package fr.simulateursons.aws;

import fr.simulateursons.engine.Simulation;
import fr.simulateursons.engine.format.FormatSons;

import java.time.Clock;

/**
 * What a Lambda execution environment builds once and keeps across invocations: the S3 client and the
 * compiled schemas, behind the handlers' no-arg constructors. Built on first use, so that a SnapStart
 * snapshot taken after a first (priming) invocation holds them ready.
 */
final class Processus {

    private Processus() {
    }

    private static final class Instance {
        static final TraitementDepot TRAITEMENT = creer();

        private static TraitementDepot creer() {
            Configuration configuration = Configuration.depuis(System.getenv());
            StockageS3 stockage = new StockageS3(new ClientsAws(System.getenv()).s3());
            return new TraitementDepot(stockage, configuration, new Simulation(Clock.systemUTC(), FormatSons.defaut()),
                    Clock.systemUTC(), new Journal(System.out, configuration.journal()));
        }
    }

    static TraitementDepot traitement() {
        return Instance.TRAITEMENT;
    }

    /** For tests and local runs: the same wiring over a given client and settings. */
    static TraitementDepot traitement(StockageS3 stockage, Configuration configuration, Clock horloge) {
        return new TraitementDepot(stockage, configuration, new Simulation(horloge, FormatSons.defaut()), horloge,
                new Journal(System.out, configuration.journal()));
    }
}
