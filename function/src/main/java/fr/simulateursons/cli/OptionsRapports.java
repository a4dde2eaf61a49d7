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
import java.util.stream.Collectors;

/**
 * {@code --rapport FORMAT=F}, repeatable, shared by the commands that simulate (spec §7): where each report goes,
 * the checks that no report overwrites an input or another output, and the writing.
 */
final class OptionsRapports {

    static final String SORTIE_STANDARD = "-";

    /** One report asked for: its format, and its file ({@code -}: stdout, in place of the command's JSON). */
    record Destination(FormatRapport format, String destination) {
        boolean versSortieStandard() {
            return SORTIE_STANDARD.equals(destination);
        }
    }

    private static final String RAPPORT = "rapport";

    static void declarer(Options options) {
        options.addOption(LigneDeCommande.valeur(RAPPORT, "FORMAT=F",
                "Écrit aussi un rapport : sarif, junit, github, texte ou html (attestation de simulation), dans le "
                        + "fichier F ; F = - l'écrit sur la sortie standard à la place du JSON. Répétable."));
    }

    static OptionsRapports de(LigneDeCommande ligne) throws LigneInvalide {
        List<Destination> destinations = new ArrayList<>();
        for (String valeur : ligne.textes(RAPPORT)) {
            int egal = valeur.indexOf('=');
            Optional<FormatRapport> format = egal < 0 ? Optional.empty() : FormatRapport.lire(valeur.substring(0, egal));
            if (format.isEmpty() || egal == valeur.length() - 1) {
                throw ligne.invalide("--rapport « " + valeur + " » : attendu FORMAT=F, FORMAT parmi "
                        + Arrays.stream(FormatRapport.values()).map(FormatRapport::nom).collect(Collectors.joining(", "))
                        + ", F un fichier ou - pour la sortie standard");
            }
            destinations.add(new Destination(format.get(), valeur.substring(egal + 1)));
        }
        return new OptionsRapports(List.copyOf(destinations));
    }

    private final List<Destination> destinations;

    private OptionsRapports(List<Destination> destinations) {
        this.destinations = destinations;
    }

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
                return Optional.of("Le rapport " + d.format().nom() + " ne peut pas être écrit dans " + f
                        + " : ce fichier est une entrée ou une autre sortie de la commande.");
            }
            Path dossier = Chemins.reel(f).getParent();
            if (Files.isDirectory(f) || dossier == null || !Files.isDirectory(dossier)) {
                return Optional.of("Le rapport " + d.format().nom() + " ne peut pas être écrit dans " + f
                        + " : son dossier n'existe pas ou c'est un dossier.");
            }
            pris.add(f);
        }
        return Optional.empty();
    }

    boolean versSortieStandard() {
        return destinations.stream().anyMatch(Destination::versSortieStandard);
    }

    /** The reports that go to files, each whole or not at all. */
    void ecrireFichiers(List<FichierSimule> fichiers) throws IOException {
        for (Destination d : destinations) {
            if (!d.versSortieStandard()) {
                EcritureAtomique.ecrire(Path.of(d.destination()), w -> d.format().ecrire(fichiers, w));
            }
        }
    }

    /** The report asked for on stdout, if any: then stdout carries it alone. */
    void ecrireSortieStandard(List<FichierSimule> fichiers, PrintStream out) throws IOException {
        for (Destination d : destinations) {
            if (d.versSortieStandard()) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                d.format().ecrire(fichiers, w);
                w.flush();
            }
        }
    }
}
