package fr.simulateursons.cli;

import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.util.List;

/** A command with options and operands: parsed by {@link LigneDeCommande}, then run. */
abstract class CommandeSimple implements Commande {

    /** The operands as the usage line shows them: {@code FICHIER}, {@code [DOSSIER]}; none by default. */
    String operandes() {
        return "";
    }

    /** The command's own options; {@link LigneDeCommande} adds {@code --help}. */
    abstract Options options();

    abstract int executer(LigneDeCommande ligne) throws Exception;

    @Override
    public final int lancer(String prefixe, List<String> args, PrintStream out) throws Exception {
        LigneDeCommande ligne = LigneDeCommande.analyser(prefixe, this, args);
        if (ligne.aide()) {
            ligne.usage().ecrire(out);
            return Main.REUSSI;
        }
        return executer(ligne);
    }
}
