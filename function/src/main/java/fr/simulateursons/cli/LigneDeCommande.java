package fr.simulateursons.cli;

import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line of one command, parsed by commons-cli, read in the command's terms; every fault is a
 * {@link LigneInvalide} in French. Long options are never matched by a prefix: {@code --sort} is no {@code --sortie}.
 */
final class LigneDeCommande {

    static final String AIDE = "help";
    /** Every command takes it: an internal error's refusal names it, whatever the command. */
    static final String DEBUG = "debug";

    private final CommandLine ligne;
    private final Usage usage;

    private LigneDeCommande(CommandLine ligne, Usage usage) {
        this.ligne = ligne;
        this.usage = usage;
    }

    /** An option that takes one value. */
    static Option valeur(String nom, String valeur, String description) {
        return Option.builder().longOpt(nom).hasArg().argName(valeur).desc(description).get();
    }

    /** The usage of a command: its options, {@code --debug} and {@code --help}. */
    static Usage usage(String prefixe, CommandeSimple commande) {
        Options options = commande.options();
        options.addOption(Option.builder().longOpt(DEBUG)
                .desc("Détail technique des erreurs internes sur la sortie d'erreur.").get());
        options.addOption(Option.builder("h").longOpt(AIDE).desc("Affiche cette aide.").get());
        return Usage.commande((prefixe + commande.nom() + " [OPTIONS] " + commande.operandes()).strip(),
                commande.description(), options);
    }

    static LigneDeCommande analyser(String prefixe, CommandeSimple commande, List<String> args) throws LigneInvalide {
        Usage usage = usage(prefixe, commande);
        if (args.contains("-h") || args.contains("--" + AIDE)) {
            // Before parsing: help is given even when a required option is missing.
            return new LigneDeCommande(null, usage);
        }
        CommandLine ligne;
        try {
            ligne = DefaultParser.builder().setAllowPartialMatching(false).get()
                    .parse(usage.options(), args.toArray(String[]::new));
        } catch (AmbiguousOptionException e) {
            throw new LigneInvalide("option ambiguë : " + e.getOption(), usage);
        } catch (UnrecognizedOptionException e) {
            throw new LigneInvalide("option inconnue : " + e.getOption(), usage);
        } catch (MissingArgumentException e) {
            throw new LigneInvalide("l'option --" + e.getOption().getLongOpt() + " attend une valeur", usage);
        } catch (MissingOptionException e) {
            throw new LigneInvalide("option obligatoire absente : --" + String.join(", --",
                    e.getMissingOptions().stream().map(String::valueOf).toList()), usage);
        } catch (ParseException e) {
            throw new LigneInvalide(e.getMessage(), usage);
        }
        if (commande.operandes().isEmpty() && !ligne.getArgList().isEmpty()) {
            throw new LigneInvalide("opérande inattendu : " + String.join(" ", ligne.getArgList()), usage);
        }
        return new LigneDeCommande(ligne, usage);
    }

    Usage usage() {
        return usage;
    }

    boolean aide() {
        return ligne == null;
    }

    boolean present(String option) {
        return ligne.hasOption(option);
    }

    /** The option's value, or {@code null} when absent. */
    String texte(String option) {
        return ligne.getOptionValue(option);
    }

    String texte(String option, String defaut) {
        return ligne.getOptionValue(option, defaut);
    }

    /** Every value of a repeatable option, in order. */
    List<String> textes(String option) {
        String[] valeurs = ligne.getOptionValues(option);
        return valeurs == null ? List.of() : List.of(valeurs);
    }

    Path chemin(String option) throws LigneInvalide {
        String v = texte(option);
        return v == null ? null : chemin("--" + option, v);
    }

    int entier(String option, int defaut) throws LigneInvalide {
        String v = texte(option);
        if (v == null) {
            return defaut;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new LigneInvalide("--" + option + " attend un nombre entier : « " + v + " »", usage);
        }
    }

    /** The operand at most, {@code null} when there is none. */
    Path operandeFacultatif(String nom) throws LigneInvalide {
        List<String> operandes = ligne.getArgList();
        if (operandes.size() > 1) {
            throw new LigneInvalide("un seul " + nom + " attendu, reçu : " + String.join(" ", operandes), usage);
        }
        return operandes.isEmpty() ? null : chemin(nom, operandes.get(0));
    }

    /** The one operand the command needs. */
    Path operande(String nom) throws LigneInvalide {
        Path p = operandeFacultatif(nom);
        if (p == null) {
            throw new LigneInvalide(nom + " manquant", usage);
        }
        return p;
    }

    private Path chemin(String nom, String valeur) throws LigneInvalide {
        try {
            return Path.of(valeur);
        } catch (InvalidPathException e) {
            throw new LigneInvalide(nom + " n'est pas un chemin valide : « " + valeur + " »", usage);
        }
    }

    /** A fault found by the command itself in one of its values. */
    LigneInvalide invalide(String message) {
        return new LigneInvalide(message, usage);
    }
}
