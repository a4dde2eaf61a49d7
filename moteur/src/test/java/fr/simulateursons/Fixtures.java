package fr.simulateursons;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.ressources.SourceRessource;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;
import fr.simulateursons.moteur.pack.SourcePack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The test fixtures (under {@code moteur/src/test/resources/fixtures}) and the shortest way to run the engine on
 * them. Tests of both modules use them, and surefire runs each module in its own directory: paths are resolved
 * from the moteur module's directory.
 */
public final class Fixtures {

    /** {@code moteur/} whether the tests run in it or in a sibling module. */
    public static final Path MODULE = Files.isDirectory(Path.of("src/test/resources/fixtures"))
            && Path.of("").toAbsolutePath().getFileName().toString().equals("moteur")
            ? Path.of("") : Path.of("../moteur");

    /** A day after every date of the examples, so that only the fixture's own change shows. */
    public static final Clock APRES_LES_EXEMPLES = a("2026-11-26T10:00:00Z");

    private Fixtures() {
    }

    public static Clock a(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** The test pack that differs from the bundled one in every way spec §6 allows ({@code TraducteurPack}). */
    public static final SourcePack PACK_ESSAI = SourcePack.dossier(
            MODULE.resolve("src/test/resources/packs/essai"));

    public static Path chemin(String relatif) {
        Path p = MODULE.resolve("src/test/resources/fixtures").resolve(relatif);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("fixture absente : " + p.toAbsolutePath());
        }
        return p;
    }

    public static byte[] octets(String relatif) {
        try {
            return Files.readAllBytes(chemin(relatif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the directory {@code source} (a pack, a catalogue) at {@code cible}, which the test may then break. */
    public static Path copie(Path source, Path cible) {
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.sorted().toList()) {
                Path c = cible.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(c);
                } else {
                    Files.copy(p, c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cible;
    }

    /** The project's own examples, at the top of the repository. */
    public static byte[] exemple(String nom) {
        try {
            return Files.readAllBytes(MODULE.resolve("../examples").resolve(nom));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Parametres parametres(String numeroAns, String type, String taux) {
        return Parametres.de(Map.of(Parametres.NUMERO_ANS, numeroAns,
                Parametres.TYPE_DEMANDE, type,
                Parametres.TAUX_TVA, taux));
    }

    public static SourcesDeRessources avecEligibilite(String relatif) {
        SourcesDeRessources d = SourcesDeRessources.defaut();
        return new SourcesDeRessources(d.referentiel(), d.dispositifs(),
                Optional.of(new SourceRessource(TypeRessource.ELIGIBILITE, (chemin(relatif)).toString(), SourceRessource.fichier(chemin(relatif)))), d.format());
    }

    /** A status or a report without its {@code debut} and {@code fin}: what a retry or a re-run must reproduce. */
    public static JsonNode sansHorodatage(JsonNode json) {
        ObjectNode copie = (ObjectNode) json.deepCopy();
        copie.remove(java.util.List.of("debut", "fin"));
        return copie;
    }

    /**
     * An expected error written as the spec writes it, its exact message: equal to the engine's error only if the
     * engine's code, values (read from that message through the catalogue) and chemin are the same.
     */
    public static Erreur erreur(Code code, String libelle, String chemin) {
        return new Erreur(code, code.valeurs(libelle), chemin);
    }

    /** The demo solution {@code SONS-V2-DEMO-DPI}, bundled resources. */
    public static Resultat simuler(byte[] octets, String type, String taux, Clock horloge) {
        return simuler(octets, parametres("SONS-V2-DEMO-DPI", type, taux), horloge, SourcesDeRessources.defaut());
    }

    public static Resultat simuler(byte[] octets, Parametres parametres, Clock horloge,
                                   SourcesDeRessources ressources) {
        return new Simulation(horloge).simuler(parametres, Fichier.de(octets), ressources);
    }
}
