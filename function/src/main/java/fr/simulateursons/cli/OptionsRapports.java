package fr.simulateursons.cli;

import fr.simulateursons.moteur.rapports.FichierSimule;
import fr.simulateursons.moteur.rapports.FormatRapport;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code --rapport FORMAT=F}, repeatable, shared by the commands that simulate (spec §7): where each report goes,
 * the checks that no report overwrites an input or another output, and what stdout carries. Besides the reports of
 * {@link FormatRapport}, {@code json} is the command's own JSON (a status, a lot's report), for a script that wants
 * it whatever stdout is.
 */
final class OptionsRapports {

    static final String SORTIE_STANDARD = "-";
    private static final String JSON = "json";
    private static final String RAPPORT = "rapport";

    /**
     * One report asked for: its format ({@code null}: the command's JSON), and its file ({@code -}: stdout, in place of
     * what stdout carries otherwise).
     */
    record Destination(FormatRapport format, String destination) {
        boolean versSortieStandard() {
            return SORTIE_STANDARD.equals(destination);
        }

        String nom() {
            return format == null ? JSON : format.nom();
        }
    }

    static void declarer(Options options) {
        options.addOption(LigneDeCommande.valeur(RAPPORT, "FORMAT=F",
                "Écrit aussi un rapport : sarif, junit, github, texte, html (attestation de simulation) ou json, dans "
                        + "le fichier F ; F = - l'écrit sur la sortie standard à la place de ce qu'elle porterait. "
                        + "Répétable."));
    }

    static OptionsRapports de(LigneDeCommande ligne) throws LigneInvalide {
        List<Destination> destinations = new ArrayList<>();
        for (String valeur : ligne.textes(RAPPORT)) {
            int egal = valeur.indexOf('=');
            String nom = egal < 0 ? "" : valeur.substring(0, egal);
            Optional<FormatRapport> format = FormatRapport.lire(nom);
            boolean json = nom.strip().equalsIgnoreCase(JSON);
            if (format.isEmpty() && !json || egal == valeur.length() - 1) {
                throw ligne.invalide("--rapport « " + valeur + " » : attendu FORMAT=F, FORMAT parmi "
                        + Stream.concat(Arrays.stream(FormatRapport.values()).map(FormatRapport::nom), Stream.of(JSON))
                        .collect(Collectors.joining(", "))
                        + ", F un fichier ou - pour la sortie standard");
            }
            destinations.add(new Destination(format.orElse(null), valeur.substring(egal + 1)));
        }
        return new OptionsRapports(List.copyOf(destinations));
    }

    private final List<Destination> destinations;

    private OptionsRapports(List<Destination> destinations) {
        this.destinations = destinations;
    }

    /** Whether no report at all is asked for: a lot then keeps nothing of its files for them. */
    boolean aucun() {
        return destinations.isEmpty();
    }

    /**
     * Why the reports cannot go where asked, in French; empty when they can. Checked before anything is read or
     * written, so that a refusal leaves every file as it was.
     *
     * @param aProteger the inputs and the other outputs, which no report may overwrite
     */
    Optional<String> refus(Collection<Path> aProteger) {
        if (destinations.stream().filter(Destination::versSortieStandard).count() > 1) {
            return Optional.of("Un seul rapport peut aller sur la sortie standard (--rapport FORMAT=-).");
        }
        List<Path> pris = new ArrayList<>(aProteger);
        for (Destination d : destinations) {
            if (d.versSortieStandard()) {
                continue;
            }
            Path f = Path.of(d.destination());
            if (pris.stream().anyMatch(p -> Chemins.meme(f, p))) {
                return Optional.of("Le rapport " + d.nom() + " ne peut pas être écrit dans " + f
                        + " : ce fichier est une entrée ou une autre sortie de la commande.");
            }
            Path dossier = Chemins.reel(f).getParent();
            if (Files.isDirectory(f) || dossier == null || !Files.isDirectory(dossier)) {
                return Optional.of("Le rapport " + d.nom() + " ne peut pas être écrit dans " + f
                        + " : son dossier n'existe pas ou c'est un dossier.");
            }
            pris.add(f);
        }
        return Optional.empty();
    }

    /** Whether an attestation is asked for: the one report that shows the file's SHA-256. */
    boolean attestation() {
        return destinations.stream().anyMatch(d -> d.format() == FormatRapport.HTML);
    }

    /** Whether a report takes stdout's place ({@code --rapport FORMAT=-}). */
    boolean versSortieStandard() {
        return destinations.stream().anyMatch(Destination::versSortieStandard);
    }

    /** The reports that go to files, written aside until {@link Sorties#publier()}; {@code fichiers} asked for then. */
    void preparer(Sorties sorties, Supplier<List<FichierSimule>> fichiers, String json) throws Sorties.Echec {
        for (Destination d : destinations) {
            if (!d.versSortieStandard()) {
                sorties.preparer(Path.of(d.destination()), o -> {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    ecrire(d.format(), fichiers, json, w);
                    w.flush();
                });
            }
        }
    }

    /**
     * What stdout carries: the report asked for with {@code -}; else, on a terminal, the {@code texte} report, for a
     * person; else the command's JSON, for a script (spec §7).
     */
    void ecrireSortieStandard(Supplier<List<FichierSimule>> fichiers, String json, PrintStream out, boolean terminal)
            throws IOException {
        Optional<Destination> demandee = destinations.stream().filter(Destination::versSortieStandard).findFirst();
        FormatRapport format = demandee.isPresent() ? demandee.get().format() : terminal ? FormatRapport.TEXTE : null;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ecrire(format, fichiers, json, w);
        w.flush();
        out.flush();
    }

    private static void ecrire(FormatRapport format, Supplier<List<FichierSimule>> fichiers, String json, Writer w)
            throws IOException {
        if (format == null) {
            w.write(json);
            w.write('\n');
        } else {
            format.ecrire(fichiers.get(), w);
        }
    }
}
