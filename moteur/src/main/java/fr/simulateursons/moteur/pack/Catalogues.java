package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Raisons;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what {@code --format-sons} (or {@code FORMAT_SONS_URI}) names: one pack (its directory holds
 * {@code format.json}) or a catalogue (its immediate subdirectories are packs), into the {@link Catalogue} that
 * chooses the pack in force at a date de dépôt. Two packs in force at one instant make the catalogue incoherent.
 * Each pack is loaded as {@link ChargementPack} does (compiled once per process and content); the bundled
 * catalogue, which never changes, once for all.
 */
public final class Catalogues {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DejaLus<Catalogue> IMMUABLES = new DejaLus<>(Catalogues::lire);

    private Catalogues() {
    }

    /** The catalogue a simulation reads; the bundled one is read once, without the checks the build runs. */
    public static Catalogue charger(SourcePack source) throws PackIncoherent {
        return IMMUABLES.charger(source);
    }

    /** The catalogue with every check of every pack: {@code format-sons verifier}, and the build's proof. */
    public static Catalogue verifier(SourcePack source) throws PackIncoherent {
        return IMMUABLES.verifier(source);
    }

    private static Catalogue lire(SourcePack source, boolean controler) throws PackIncoherent {
        Catalogue catalogue = packs(source, controler);
        List<DefautPack> chevauchements = chevauchements(catalogue);
        if (!chevauchements.isEmpty()) {
            throw new PackIncoherent(source.chemin(), chevauchements);
        }
        return catalogue;
    }

    /** Every pack checked, their periods not yet: {@code verifier} shows the calendar of a catalogue it refuses. */
    static Catalogue packs(SourcePack source, boolean controler) throws PackIncoherent {
        if (estUnPack(source)) {
            return new Catalogue(source.chemin(), List.of(pack(source, controler)));
        }
        List<String> noms;
        try {
            noms = source.sousDossiers();
        } catch (IOException | RuntimeException e) {
            throw incoherent(source, source.chemin(), "Le dossier ne peut pas être lu : " + Raisons.de(null, e) + ".");
        }
        if (noms.isEmpty()) {
            throw incoherent(source, source.chemin(), "Ni un pack (pas de " + SourcePack.MANIFESTE
                    + ") ni un catalogue (aucun sous-dossier de pack).");
        }
        List<Pack> packs = new ArrayList<>();
        for (String nom : noms) {
            packs.add(pack(source.sous(nom), controler));
        }
        return new Catalogue(source.chemin(), packs);
    }

    private static boolean estUnPack(SourcePack source) throws PackIncoherent {
        try {
            source.lire(SourcePack.MANIFESTE);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            throw incoherent(source, SourcePack.MANIFESTE, "Le fichier ne peut pas être lu : "
                    + (e instanceof SourcePack.FichierRefuse ? e.getMessage() : Raisons.de(null, e)) + ".");
        }
    }

    private static Pack pack(SourcePack source, boolean controler) throws PackIncoherent {
        return controler ? ChargementPack.verifier(source) : ChargementPack.charger(source);
    }

    /** Every pair of packs of the catalogue in force at one instant. */
    static List<DefautPack> chevauchements(Catalogue catalogue) {
        List<DefautPack> defauts = new ArrayList<>();
        List<Pack> packs = catalogue.packs();
        for (int i = 0; i < packs.size(); i++) {
            for (int j = i + 1; j < packs.size(); j++) {
                Manifeste a = packs.get(i).manifeste();
                Manifeste b = packs.get(j).manifeste();
                if (a.periode().chevauche(b.periode())) {
                    defauts.add(new DefautPack(catalogue.chemin(), "Les formats SONS " + a.version() + " ("
                            + periode(a.periode()) + ") et " + b.version() + " (" + periode(b.periode())
                            + ") sont en vigueur en même temps."));
                }
            }
        }
        return defauts;
    }

    /** A period as people read it: {@code du 12/09/2024 14:00 au 01/03/2026 14:00 (heure de Paris)}. */
    public static String periode(Manifeste.EnVigueur p) {
        if (p.du() == null && p.au() == null) {
            return "toujours en vigueur";
        }
        return (p.du() == null ? "" : "du " + instant(p.du())) + (p.du() != null && p.au() != null ? " " : "")
                + (p.au() == null ? ", sans fin" : "au " + instant(p.au())) + " (heure de Paris)";
    }

    /** {@code JJ/MM/AAAA HH:MM}, Europe/Paris: how P07 and the calendar write an instant. */
    public static String instant(OffsetDateTime t) {
        return JOUR_HEURE.format(t.atZoneSameInstant(PARIS));
    }

    private static PackIncoherent incoherent(SourcePack source, String lieu, String message) {
        return new PackIncoherent(source.chemin(), List.of(new DefautPack(lieu, message)));
    }
}
