package fr.simulateursons.cli;

import org.apache.commons.cli.Options;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/** What {@code --help} and a refused command line print: a command's options, or a group's commands. */
record Usage(String syntaxe, String description, Options options, List<Commande> commandes) {

    static Usage commande(String syntaxe, String description, Options options) {
        return new Usage(syntaxe, description, options, List.of());
    }

    static Usage groupe(String syntaxe, String description, List<Commande> commandes) {
        return new Usage(syntaxe, description, new Options(), commandes);
    }

    void ecrire(PrintStream flux) {
        if (commandes.isEmpty()) {
            StringBuilder texte = new StringBuilder();
            try {
                HelpFormatter aide = HelpFormatter.builder().setShowSince(false)
                        .setHelpAppendable(new TextHelpAppendable(texte)).get();
                aide.setSyntaxPrefix("Usage :");
                aide.printHelp(syntaxe, description, options, null, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flux.print(texte);
        } else {
            flux.println("Usage : " + syntaxe);
            flux.println();
            flux.println(description);
            flux.println();
            flux.println("Commandes :");
            int largeur = commandes.stream().mapToInt(c -> c.nom().length()).max().orElse(0);
            for (Commande c : commandes) {
                flux.println("  " + c.nom() + " ".repeat(largeur - c.nom().length() + 2) + c.description());
            }
        }
        flux.flush();
    }
}
