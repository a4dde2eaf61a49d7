package fr.simulateursons.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the CLI, as a group lists it and runs it: a {@link CommandeSimple} or a {@link Groupe}. */
interface Commande {

    String nom();

    String description();

    /**
     * Runs the command on the words after its name; the exit code of spec §5.
     *
     * @param prefixe the names of the enclosing groups, each followed by a space, as usage lines show them
     * @param out     where {@code --help} prints
     */
    int lancer(String prefixe, List<String> args, PrintStream out) throws Exception;
}
