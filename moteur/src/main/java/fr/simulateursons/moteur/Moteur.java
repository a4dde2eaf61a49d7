package fr.simulateursons.moteur;

import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.ressources.SourceRessource;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;
import fr.simulateursons.moteur.pack.SourcePack;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The Simulateur SONS engine as a library: the portal's verdict on a file of demandes de financement, in-process,
 * with no AWS and no CLI — for instance in a vendor's own unit tests of its JSON export.
 *
 * <pre>{@code
 * Moteur moteur = Moteur.builder().build();          // bundled référentiel, dispositifs and format pack
 * Resultat r = moteur.simuler(Path.of("export.json"), ParametresSimulation.avance("SONS-V2-DEMO-DPI", "20"));
 * assertEquals(Etat.REUSSI, r.etat(), () -> r.constats().toString());
 * }</pre>
 *
 * {@link #simuler} never throws: a file the chain rejects is {@code REJETE} with its codes and places
 * ({@link Resultat#erreurs()}, {@link Resultat#anomalies()}), a broken resource or pack is {@code ERREUR_INTERNE}
 * with R01. A {@code Moteur} is immutable and thread-safe; build it once. The bundled resources and pack are read
 * and compiled once per process; replaced ones are read at each simulation and compiled again only when they
 * change.
 */
public final class Moteur {

    private final Simulation simulation;
    private final SourcesDeRessources ressources;

    private Moteur(Simulation simulation, SourcesDeRessources ressources) {
        this.simulation = simulation;
        this.ressources = ressources;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A file already in memory. */
    public Resultat simuler(byte[] octets, ParametresSimulation parametres) {
        return simulation.simuler(parametres.sources(), Fichier.de(octets), ressources);
    }

    /** A local file; only read, never more than one byte past 4 Mo. */
    public Resultat simuler(Path fichier, ParametresSimulation parametres) {
        return simulation.simuler(parametres.sources(), Fichier.de(fichier), ressources);
    }

    /** What a simulation runs against; every part defaults to the bundled one. */
    public static final class Builder {
        private SourceRessource referentiel = SourcesDeRessources.defaut().referentiel();
        private SourceRessource dispositifs = SourcesDeRessources.defaut().dispositifs();
        private Optional<SourceRessource> eligibilite = Optional.empty();
        private SourcePack format = SourcePack.embarque();
        private Clock horloge = Clock.systemUTC();

        private Builder() {
        }

        /** A référentiel of solutions référencées (JSON, spec §5) instead of the bundled demo one. */
        public Builder referentiel(Path fichier) {
            referentiel = SourceRessource.fichier(TypeRessource.REFERENTIEL, fichier);
            return this;
        }

        /** Dispositifs (deadlines, plafonds HT) instead of the bundled demo ones. */
        public Builder dispositifs(Path fichier) {
            dispositifs = SourceRessource.fichier(TypeRessource.DISPOSITIFS, fichier);
            return this;
        }

        /** A base of eligible establishments: turns D14 on. */
        public Builder eligibilite(Path fichier) {
            eligibilite = Optional.of(SourceRessource.fichier(TypeRessource.ELIGIBILITE, fichier));
            return this;
        }

        /** A format pack directory (spec §6) instead of the bundled vague 2 format. */
        public Builder formatSons(Path dossier) {
            return formatSons(SourcePack.dossier(dossier));
        }

        /** A format pack from any store. */
        public Builder formatSons(SourcePack source) {
            format = source;
            return this;
        }

        /** The day of the simulation (Europe/Paris) for D09 and D13; a fixed clock makes a test repeatable. */
        public Builder horloge(Clock horloge) {
            this.horloge = horloge;
            return this;
        }

        public Moteur build() {
            return new Moteur(new Simulation(horloge),
                    new SourcesDeRessources(referentiel, dispositifs, eligibilite, format));
        }
    }
}
