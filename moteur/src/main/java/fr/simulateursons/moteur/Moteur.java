package fr.simulateursons.moteur;

import fr.simulateursons.moteur.ressources.Dispositifs;

import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.pack.SourcePack;
import fr.simulateursons.moteur.parametres.ControleParametres;
import fr.simulateursons.moteur.ressources.Ressources;
import fr.simulateursons.moteur.ressources.SourceRessource;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Simulateur SONS engine: the portal's verdict on a file of demandes de financement, in-process, with no AWS and
 * no CLI. Every door of the product (the CLI, the S3 pipeline, the API, re-validation, the pack's tools) goes through
 * this class, and so can a vendor's own unit tests of its JSON export:
 *
 * <pre>{@code
 * Moteur moteur = Moteur.builder().build();          // bundled référentiel, dispositifs and format pack
 * Resultat r = moteur.simuler(Path.of("export.json"), Parametres.avance("SONS-V2-DEMO-DPI", "20"));
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

    /** Where a replaced resource is read from: a file, an S3 object. Opened at each simulation. */
    @FunctionalInterface
    public interface Ouverture {
        InputStream ouvrir() throws IOException;
    }

    /** What the API checks of a simulation before its file is uploaded: the parameters as read, and their errors. */
    public record Formulaire(ParametresLus lus, List<Erreur> erreurs) {
    }

    private final Simulation simulation;
    private final SourcesDeRessources ressources;
    /** The resources read once by {@link #figer()}; null: read at each simulation. */
    private final Ressources figees;
    private final Clock horloge;

    private Moteur(Clock horloge, SourcesDeRessources ressources, Ressources figees) {
        this.simulation = new Simulation(horloge);
        this.ressources = ressources;
        this.figees = figees;
        this.horloge = horloge;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Resultat simuler(Fichier fichier, Parametres parametres) {
        return simulation.simuler(parametres, fichier, ressources, figees);
    }

    /**
     * This engine on its resources as they are now, read once: every simulation of a run (a lot, the examples of a
     * catalogue) then judges against the same référentiel, dispositifs and pack, and pays nothing to read them again.
     * Resources that cannot be read leave the engine as it is: each simulation reports its R01.
     */
    public Moteur figer() {
        if (figees != null) {
            return this;
        }
        try {
            return new Moteur(horloge, ressources, ressources.charger());
        } catch (RessourcesIllisibles e) {
            return this;
        }
    }

    /** A file already in memory. */
    public Resultat simuler(byte[] octets, Parametres parametres) {
        return simuler(Fichier.de(octets), parametres);
    }

    /** A local file; only read, never more than one byte past 4 Mo. */
    public Resultat simuler(Path fichier, Parametres parametres) {
        return simuler(Fichier.de(fichier), parametres);
    }

    /**
     * PARAMETRES alone, as the chain runs it: what the API checks when a simulation is created, before any byte is
     * uploaded.
     *
     * @throws RessourcesIllisibles when the référentiel cannot be read
     */
    public Formulaire controler(Parametres parametres) throws RessourcesIllisibles {
        Ressources r = figees != null ? figees : ressources.charger();
        ControleParametres.Controle c = new ControleParametres(r.referentiel(), r.format())
                .controler(parametres, horloge.instant());
        return new Formulaire(c.lus(), c.erreurs());
    }

    /** F01 on a size announced ahead of the upload; empty when the size is admitted. */
    public static Optional<Erreur> tailleRefusee(long tailleAnnoncee) {
        return tailleAnnoncee > Fichier.TAILLE_MAX ? Optional.of(Code.F01.erreur(null)) : Optional.empty();
    }

    /** The moment of a simulation that gives no date de dépôt. */
    public Clock horloge() {
        return horloge;
    }

    /**
     * Every check of every resource, the bundled ones' too (which a simulation skips: the build proves them): what
     * SnapStart's priming runs, so that a replaced resource's schema is compiled ahead.
     */
    public void verifierRessources() throws RessourcesIllisibles {
        ressources.verifier();
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
            return referentiel(fichier.toString(), SourceRessource.fichier(fichier));
        }

        /** @param chemin where it is read from, as R01 shows it */
        public Builder referentiel(String chemin, Ouverture ouverture) {
            referentiel = new SourceRessource(TypeRessource.REFERENTIEL, chemin, ouverture);
            return this;
        }

        /** Dispositifs (deadlines, plafonds HT) instead of the bundled demo ones. */
        public Builder dispositifs(Path fichier) {
            return dispositifs(fichier.toString(), SourceRessource.fichier(fichier));
        }

        public Builder dispositifs(String chemin, Ouverture ouverture) {
            dispositifs = new SourceRessource(TypeRessource.DISPOSITIFS, chemin, ouverture);
            return this;
        }

        /** A base of eligible establishments: turns D14 on. */
        public Builder eligibilite(Path fichier) {
            return eligibilite(fichier.toString(), SourceRessource.fichier(fichier));
        }

        public Builder eligibilite(String chemin, Ouverture ouverture) {
            eligibilite = Optional.of(new SourceRessource(TypeRessource.ELIGIBILITE, chemin, ouverture));
            return this;
        }

        /** A format pack, or a catalogue of packs in force by date (spec §6), instead of the bundled one. */
        public Builder formatSons(Path dossier) {
            return formatSons(SourcePack.dossier(dossier));
        }

        /** A format pack from any store. */
        public Builder formatSons(SourcePack source) {
            format = source;
            return this;
        }

        /**
         * The moment of the simulation: the date de dépôt of a simulation that gives none (its day in Europe/Paris for
         * D09 and D13, and the pack in force); a fixed clock makes a test repeatable.
         */
        public Builder horloge(Clock horloge) {
            this.horloge = horloge;
            return this;
        }

        public Moteur build() {
            return new Moteur(horloge, new SourcesDeRessources(referentiel, dispositifs, eligibilite, format), null);
        }
    }
}
